//! The editor program, seen from the start program: a first visit downloads only the start
//! program (the page frame and the start page), which fetches and compiles the editor once its
//! page is painted, then hands the page over to it when a way in is chosen. A returning visit
//! hands over at once.
//!
//! The build names the editor's files by a digest of their content and writes that name into
//! the page (`<meta name="editor-program">`, see `scripts/hooks/post-build.mjs`), so a start
//! program and an editor of two different builds are never put together.
//!
//! The editor's side of the hand-over is its export `start_editor(chosen, step_aside)`
//! (`src/main.rs`): it calls `step_aside` just before it mounts, and the start program then
//! removes its own page, so the page is never blank and never shows both.

use std::cell::RefCell;

use js_sys::{Function, Promise};
use thiserror::Error;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::prelude::{JsValue, wasm_bindgen};
use wasm_bindgen_futures::JsFuture;

/// Why the editor could not be opened, with the browser's reason.
#[derive(Debug, Error)]
pub enum EditorUnavailable {
    /// The page does not say where the editor is (a page not made by the build).
    #[error("the page does not name the editor's files")]
    NotNamed,
    /// Its files could not be downloaded or compiled (offline on a first visit, a file missing
    /// from a half-copied release).
    #[error("the editor could not be downloaded: {0}")]
    Download(String),
    /// It was downloaded but failed to start.
    #[error("the editor could not start: {0}")]
    Start(String),
}

// Written in JavaScript because `import()` of another program's module and streaming
// compilation have no binding in web-sys. URLs are resolved against the page, not this file.
#[wasm_bindgen(inline_js = r#"
export function download_editor(stem) {
  const js = new URL(`${stem}.js`, document.baseURI).href;
  const wasm = new URL(`${stem}_bg.wasm`, document.baseURI).href;
  const compile = async () => {
    const response = await fetch(wasm);
    if (!response.ok) throw new Error(`${wasm}: ${response.status} ${response.statusText}`);
    // Streaming compilation needs the wasm content type, which some static hosts do not send.
    if (response.headers.get('Content-Type') === 'application/wasm') {
      return WebAssembly.compileStreaming(response);
    }
    return WebAssembly.compile(await response.arrayBuffer());
  };
  const editor = Promise.all([import(js), compile()]).then(([glue, module]) => ({ glue, module }));
  // A download started early may fail before anyone waits for it: not an uncaught error.
  editor.catch(() => {});
  return editor;
}
export function after_first_paint(then) {
  let done = false;
  const run = () => {
    if (!done) {
      done = true;
      then();
    }
  };
  try {
    new PerformanceObserver((entries, observer) => {
      if (entries.getEntriesByName('first-contentful-paint').length > 0) {
        observer.disconnect();
        run();
      }
    }).observe({ type: 'paint', buffered: true });
  } catch {
    // No paint timing in this browser: the delay below starts it.
  }
  // A page opened in a background tab is not painted until shown: start anyway.
  setTimeout(run, FIRST_PAINT_PATIENCE_MS);
}
const FIRST_PAINT_PATIENCE_MS = 1000;
export async function open_editor(editor, chosen, stepAside) {
  await editor.glue.default({ module_or_path: editor.module });
  editor.glue.start_editor(chosen, stepAside);
}
"#)]
extern "C" {
    fn download_editor(stem: &str) -> Promise;
    fn after_first_paint(then: &JsValue);
    fn open_editor(editor: &JsValue, chosen: &str, step_aside: &Function) -> Promise;
}

thread_local! {
    /// The download under way or done; emptied when it failed, so the next choice retries.
    static DOWNLOAD: RefCell<Option<Promise>> = const { RefCell::new(None) };
}

/// The name the build gave the editor's files (without `.js` / `_bg.wasm`).
fn editor_stem() -> Result<String, EditorUnavailable> {
    web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| {
            document
                .query_selector(r#"meta[name="editor-program"]"#)
                .ok()
                .flatten()
        })
        .and_then(|meta| meta.get_attribute("content"))
        .filter(|stem| stem.starts_with("ctpat-profile-editor-"))
        .ok_or(EditorUnavailable::NotNamed)
}

/// Starts downloading and compiling the editor once the page's first content is painted (the
/// browser's paint timing says so), so the download never delays the first screen.
pub fn download_after_first_paint() {
    after_first_paint(&Closure::once_into_js(|| {
        let _ = download();
    }));
}

/// A download of the editor, and whether this call started it (rather than one before).
struct Download {
    promise: Promise,
    started_now: bool,
}

/// The download under way or done, or a new one.
fn download() -> Result<Download, EditorUnavailable> {
    if let Some(promise) = DOWNLOAD.with_borrow(Clone::clone) {
        return Ok(Download {
            promise,
            started_now: false,
        });
    }
    let promise = download_editor(&editor_stem()?);
    DOWNLOAD.set(Some(promise.clone()));
    Ok(Download {
        promise,
        started_now: true,
    })
}

/// Opens the editor at `chosen` (the tag of a way chosen on the start page; empty when none
/// was). `step_aside` is called by the editor just before it mounts.
pub async fn open(chosen: &str, step_aside: &Function) -> Result<(), EditorUnavailable> {
    let mut attempt = download()?;
    let editor = loop {
        match JsFuture::from(attempt.promise).await {
            Ok(editor) => break editor,
            Err(reason) => {
                DOWNLOAD.set(None);
                // A download started before this choice (when the page was painted, perhaps
                // with the line down then) is tried once more now; one started for it is not.
                if attempt.started_now {
                    return Err(EditorUnavailable::Download(describe(&reason)));
                }
                attempt = download()?;
            }
        }
    };
    JsFuture::from(open_editor(&editor, chosen, step_aside))
        .await
        .map(|_| ())
        .map_err(|reason| EditorUnavailable::Start(describe(&reason)))
}

/// What the browser said went wrong.
fn describe(reason: &JsValue) -> String {
    reason
        .dyn_ref::<js_sys::Error>()
        .map(|error| String::from(error.message()))
        .or_else(|| reason.as_string())
        .unwrap_or_else(|| format!("{reason:?}"))
}
