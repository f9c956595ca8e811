/** Namespace of the plugin's strings in `config.i18n.translations`; its own module so browser code can import it. */
export const TRANSLATION_NAMESPACE = 'plugin-broadcast'
