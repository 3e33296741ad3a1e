// `make wasm-bytes`: where the wasm's bytes go, after `make build`.
//  - By screen: the main module (what every visitor downloads before the
//    app starts) and each chunk, as shipped in dist/ (gzip -9).
//  - By crate: the main module's code as split, before wasm-bindgen and
//    wasm-opt, with its function names (target/rebound-wasm.names/, kept by
//    scripts/build-wasm.sh), summed by the crate each function's name
//    starts with (twiggy top). Generic code counts under the crate that
//    defines it: Yew's component machinery, instantiated once per Rebound
//    component, is Yew's line. Shares, not shipped bytes: wasm-opt shrinks
//    every part afterwards.
// Prints two Markdown tables (README, "Where the bytes go").
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = 'dist';
const NAMES = 'target/rebound-wasm.names';
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const gzip = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

// By screen.
const files = readdirSync(DIST);
const main = files.find((f) => /^rebound-embed-[0-9a-f]{16}_bg\.wasm$/.test(f));
const screens = [['main module: welcome, stages list, stage 1, the frame, saving and loading', [main]]];
const what = {
  feedback: 'stage 2, seek feedback', reflect: 'stage 3, reflect and evaluate', opportunity: 'stage 4, turn it into opportunity',
  search: 'stage 5, keep searching', insights: 'Insights (and its report and calendar)', 'your-data': 'Your data (export, import, delete)',
};
for (const [name, label] of Object.entries(what)) screens.push([`chunk: ${label}`, files.filter((f) => f.startsWith(`chunk-${name}-`) && f.endsWith('.wasm'))]);
screens.push(['chunks: code two or more of those screens share', files.filter((f) => /^chunk-shared-.*\.wasm$/.test(f))]);
console.log('| wasm, by screen | files | raw | gzip -9 |\n|---|---|---|---|');
for (const [label, list] of screens) {
  const raw = list.reduce((sum, f) => sum + readFileSync(join(DIST, f)).length, 0);
  const zipped = list.reduce((sum, f) => sum + gzip(join(DIST, f)), 0);
  console.log(`| ${label} | ${list.length} | ${kb(raw)} | ${kb(zipped)} |`);
}

// By crate.
let csv;
try {
  csv = execFileSync('twiggy', ['top', '-n', '1000000', '--format', 'csv', join(NAMES, 'rebound-embed.wasm')], { encoding: 'utf8', maxBuffer: 1 << 28 });
} catch (e) {
  console.error(`\nwasm-bytes: twiggy could not read ${NAMES}/rebound-embed.wasm (${e.message.split('\n')[0]}); make wasm-bytes installs twiggy and builds first.`);
  process.exit(1);
}
const rows = csv.trim().split('\n').slice(1).map((line) => {
  const at = line.lastIndexOf('"') > 0 && line.startsWith('"') ? line.lastIndexOf('"') + 1 : line.indexOf(',');
  const name = line.slice(0, at).replace(/^"|"$/g, '').replace(/""/g, '"');
  return { name, bytes: Number(line.slice(at + 1).split(',')[0]) };
});
function crateOf(name) {
  if (/^(custom section|"function names"|function names|export |import |type\[|table\[|memory\[|global\[|elem\[)/.test(name)) return null;
  // wasm-bindgen reads these and removes them from what ships.
  if (name.startsWith('__wbindgen_describe')) return null;
  if (name.startsWith('data segment')) return 'data: text and tables (.rodata)';
  let path = name.replace(/^<+(&(mut )?)?(dyn )?/, '');
  // A blanket impl (`<T as Trait>`) counts for the trait's crate; methods of
  // the language's own types (`<str>`, `<[T]>`, `<u64>`) for core.
  if (/^(T|U|F|str|char|\[|u8|u16|u32|u64|usize|i32|i64|f64|bool)\b/.test(path)) {
    path = (name.match(/ as (?:&(?:mut )?)?([A-Za-z_][A-Za-z0-9_]*)/) || [null, 'core'])[1];
  }
  const first = path.match(/^[A-Za-z_][A-Za-z0-9_]*/);
  if (!first) return 'other';
  const crate = first[0];
  if (/^(core|alloc|std|dlmalloc|compiler_builtins|memcpy|memmove|memset|memcmp|__rust|rust_)/.test(crate)) return 'Rust runtime (core, alloc, std, allocator)';
  if (/^(serde|serde_core|serde_json|ryu|itoa|memchr)$/.test(crate)) return 'serde, serde_json';
  if (/^(yew|yew_router|gloo|gloo_history|gloo_utils|gloo_events|gloo_timers|gloo_storage|route_recognizer|implicit_clone|prokio|indexmap|hashbrown|slab|urlencoding)$/.test(crate)) return 'Yew, yew-router, gloo (with their hash maps)';
  if (/^(wasm_bindgen|js_sys|web_sys|wasm_bindgen_futures|wasm_split_helpers|async_once_cell|serde_wasm_bindgen|console_error_panic_hook)$/.test(crate)) return 'wasm-bindgen, js-sys, web-sys';
  if (/^(rebound|rebound_embed|start_page_|mount_)/.test(crate) || crate.startsWith('start_page') || crate.startsWith('mount')) return 'Rebound (src/)';
  return 'other';
}
const byCrate = new Map();
let total = 0;
for (const { name, bytes } of rows) {
  const crate = crateOf(name);
  if (!crate || !Number.isFinite(bytes)) continue;
  byCrate.set(crate, (byCrate.get(crate) || 0) + bytes);
  total += bytes;
}
console.log('\n| main module, by crate (as split, before wasm-opt) | bytes | share |\n|---|---|---|');
for (const [crate, bytes] of [...byCrate].sort((a, b) => b[1] - a[1])) {
  console.log(`| ${crate} | ${kb(bytes)} | ${(100 * bytes / total).toFixed(1)} % |`);
}
console.log(`| all (code and data; names, exports and custom sections left out) | ${kb(total)} | 100 % |`);
