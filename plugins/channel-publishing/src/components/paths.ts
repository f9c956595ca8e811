/** Admin component paths (relative to the import map's baseDir, the project root). */
export const DELIVERIES_VIEW_COMPONENT = '@loa/plugin-channel-publishing/rsc#DeliveriesView'
export const DELIVERIES_NAV_LINK_COMPONENT = '@loa/plugin-channel-publishing/rsc#DeliveriesNavLink'
export const DELIVERIES_VIEW_PATH = '/phat-hanh'
