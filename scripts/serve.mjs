// `make serve`: the widget (dist/) on http://127.0.0.1:8080 and the demo host
// pages (demo/) on http://127.0.0.1:8081, a second origin, so the iframe
// embed really is cross-origin.
import { serve } from './static-server.mjs';

export async function serveWidgetAndDemo(widgetPort = 8080, demoPort = 8081) {
  // Module scripts and wasm fetched by the inline embed are cross-origin
  // requests: the widget's files must allow them.
  const widget = await serve('dist', widgetPort, '127.0.0.1', { 'Access-Control-Allow-Origin': '*' });
  const widgetUrl = `http://127.0.0.1:${widget.address().port}/`;
  const demo = await serve('demo', demoPort, '127.0.0.1', {}, { '{{WIDGET}}': widgetUrl, '{{WIDGET_ORIGIN}}': widgetUrl.slice(0, -1) });
  const demoUrl = `http://127.0.0.1:${demo.address().port}/`;
  return { widget, demo, widgetUrl, demoUrl };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { widgetUrl, demoUrl } = await serveWidgetAndDemo();
  console.log(`Rebound:            ${widgetUrl}`);
  console.log(`Demo job board:     ${demoUrl}job-board.html (iframe mode, cross-origin)`);
  console.log(`Inline-mode demo:   ${demoUrl}inline.html`);
  console.log(`Strict-CSP demo:    ${demoUrl}strict-csp.html`);
  console.log(`JS API demo:        ${demoUrl}api.html`);
  console.log('Ctrl+C to stop.');
}
