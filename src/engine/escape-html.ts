/**
 * Escapes text for HTML content and attribute values: the rendered texts at build time and the
 * municipality's name filled into the national base's rendered texts at run time.
 * @example escapeHtml('Tom & "Jerry" <b>') // 'Tom &amp; &quot;Jerry&quot; &lt;b&gt;'
 */
export const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
