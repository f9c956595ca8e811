export { AlertsPanel } from '../components/AlertsPanel.js'
export { MakeScriptButton } from '../components/MakeScriptButton.js'
export { BulletinAudioPlayer } from '../components/BulletinAudioPlayer.js'
