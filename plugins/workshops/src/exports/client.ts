export { RegistrationsPanel } from '../components/RegistrationsPanel.js'
