/** Admin component paths (relative to the import map's baseDir, the project root). */
export const ALERTS_VIEW_COMPONENT = '@loa/plugin-broadcast/rsc#AlertsView'
export const ALERTS_NAV_LINK_COMPONENT = '@loa/plugin-broadcast/rsc#AlertsNavLink'
export const ALERTS_VIEW_PATH = '/canh-bao-khan-cap'
export const MAKE_SCRIPT_BUTTON_COMPONENT = '@loa/plugin-broadcast/client#MakeScriptButton'
export const AUDIO_PLAYER_COMPONENT = '@loa/plugin-broadcast/client#BulletinAudioPlayer'
