export { AlertsNavLink } from '../components/AlertsNavLink.js'
export { AlertsView } from '../components/AlertsView.js'
