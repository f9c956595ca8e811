export { WorkflowPanel } from '../components/WorkflowPanel.js'
