// Prism's language components only register grammars on the global Prism; they export nothing.
declare module 'prismjs/components/prism-*' {}
