import { htmlToText } from './pipeline/readers/html.js';
console.log(JSON.stringify(htmlToText('<table><tr><td>1</td><td><table><tr><td>a</td><td>b</td></tr></table></td><td>c</td></tr></table>')));
console.log(JSON.stringify(htmlToText('<table><tr><td>1</td><td><table><tr><td>a</td><td>b</td><td>x</td></tr></table></td><td>c</td></tr></table>')));
