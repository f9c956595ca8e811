export { QuestionWorkflowPanel } from '../components/QuestionWorkflowPanel.js'
