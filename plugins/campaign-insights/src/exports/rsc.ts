export { InsightsView } from '../components/InsightsView.js'
