// pdf.js's legacy build (loaded through pdf-parse) installs core-js polyfills, among them an
// Array.prototype.push that is several times slower than V8's own, for every push anywhere in
// the process: after one PDF, extracting a text plan took ~1.7× as long. The polyfill only
// mends array lengths beyond 2^32, which nothing here reaches. Imported before pdf.js, this
// module saves V8's push; keepNativeBuiltins() puts it back once pdf.js is loaded.
const NATIVE_PUSH = Array.prototype.push;

export function keepNativeBuiltins(): void {
  if (Array.prototype.push !== NATIVE_PUSH) Array.prototype.push = NATIVE_PUSH;
}
