import type { Access } from 'payload'

/** Nobody, admins included: events are written by the workflow only and never changed. */
export const nobody: Access = () => false
