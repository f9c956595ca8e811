export { QuestionWorkflowPanel } from '../components/QuestionWorkflowPanel.js'
export { SurveyResultsChart } from '../components/SurveyResultsChart.js'
