//! The page's side of key derivation: every key the vault asks for (unlock, recovery, creating
//! the workspace, checking or changing a secret) is derived by the key-derivation worker
//! (`key_worker`), started when a page that asks for a secret opens (or else the first time a
//! key is needed) and kept for the rest of the visit, so the page goes on answering clicks and
//! showing its progress message meanwhile.
//!
//! Nothing may become impossible because a worker cannot run (a browser without module workers,
//! a file missing from a half-copied release, a worker that fails): then the key is derived on
//! the page's own thread, as before, after the progress message has been painted.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;

use js_sys::{Function, Promise};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::{Closure, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{MessageEvent, Worker, WorkerOptions, WorkerType};

use super::clock::{set_timeout, wait};
use crate::crypto::kdf::{KdfFailed, KdfParams, SecretKey};
use crate::crypto::key_derivation::{InPlace, KeyDerivation};
use crate::key_worker::protocol::{Reply, Request, take_key};

/// Where the built worker is, relative to the page (Trunk's loader for the `kdf-worker` binary).
pub const WORKER_URL: &str = "./kdf-worker_loader.js";

/// How long a worker may take to start before keys are derived on the page instead: far more
/// than loading two files from the service worker's cache takes.
const START_TIMEOUT_MS: i32 = 10_000;

/// How long to wait before deriving on the page's thread, so the progress message and the
/// disabled button are painted before the page freezes.
const PAINT_DELAY_MS: i32 = 30;

/// Derives keys in the key-derivation worker, or on the page's thread when none can run.
/// Clones share one worker.
#[derive(Clone)]
pub struct BrowserKeyDerivation {
    link: Rc<WorkerLink>,
}

thread_local! {
    static SHARED: BrowserKeyDerivation = BrowserKeyDerivation::with_worker_at(WORKER_URL);
}

impl BrowserKeyDerivation {
    /// The app's one derivation, whose worker is started on first use.
    pub fn shared() -> BrowserKeyDerivation {
        SHARED.with(Clone::clone)
    }

    /// A derivation with its own worker loaded from `url` (a module worker script), started on
    /// first use.
    pub fn with_worker_at(url: &str) -> BrowserKeyDerivation {
        BrowserKeyDerivation {
            link: Rc::new(WorkerLink {
                url: url.to_owned(),
                state: RefCell::new(LinkState::NotStarted),
                next_id: Cell::new(0),
            }),
        }
    }

    /// Starts the worker now, if it is not running yet, so that a key asked for soon (the
    /// page shown asks for a passphrase) does not wait for the worker's files to load and
    /// compile. A worker that cannot start only means keys are derived on the page later.
    pub fn start_early(&self) {
        let _ = self.link.running();
    }

    /// Whether the keys are derived by a worker that started; `false` before the first key and
    /// once the page had to fall back to deriving in place.
    pub fn uses_worker(&self) -> bool {
        matches!(&*self.link.state.borrow(), LinkState::Started(_))
    }
}

impl KeyDerivation for BrowserKeyDerivation {
    async fn derive(
        &self,
        params: &KdfParams,
        secret: &[u8],
        salt: &[u8],
    ) -> Result<SecretKey, KdfFailed> {
        match self.link.derive(params, secret, salt).await {
            Ok(derived) => derived,
            Err(WorkerUnavailable) => {
                self.link.give_up();
                wait(PAINT_DELAY_MS).await;
                InPlace.derive(params, secret, salt).await
            }
        }
    }
}

/// The worker could not start, or stopped: keys are derived in place from now on.
#[derive(Debug)]
struct WorkerUnavailable;

struct WorkerLink {
    url: String,
    state: RefCell<LinkState>,
    next_id: Cell<u32>,
}

enum LinkState {
    NotStarted,
    Started(Rc<Running>),
    Unavailable,
}

/// A started worker and what its replies are awaited by.
struct Running {
    worker: Worker,
    /// Settles when the worker says it is ready, or fails to start.
    ready: Promise,
    replies: Rc<Replies>,
    // Kept alive as long as the worker: the browser calls them.
    _on_message: Closure<dyn Fn(MessageEvent)>,
    _on_error: Closure<dyn Fn(JsValue)>,
}

/// The promise functions of what is awaited: the start, and each request by id.
#[derive(Default)]
struct Replies {
    ready: RefCell<Option<(Function, Function)>>,
    pending: RefCell<HashMap<u32, (Function, Function)>>,
}

impl Replies {
    fn receive(&self, data: JsValue) {
        match Reply::from_js(&data) {
            Some(Reply::Ready) => {
                if let Some((resolve, _)) = self.ready.borrow_mut().take() {
                    let _ = resolve.call0(&JsValue::NULL);
                }
            }
            Some(Reply::Key { id, .. } | Reply::Failed { id }) => {
                let waiting = self.pending.borrow_mut().remove(&id);
                if let Some((resolve, _)) = waiting {
                    let _ = resolve.call1(&JsValue::NULL, &data);
                }
            }
            None => {}
        }
    }

    /// The worker did not say it was ready in time: its start fails (requests in flight are
    /// not touched; a long derivation may outlast the start timeout).
    fn fail_start(&self, error: &JsValue) {
        if let Some((_, reject)) = self.ready.borrow_mut().take() {
            let _ = reject.call1(&JsValue::NULL, error);
        }
    }

    /// The worker failed (or never started): everything awaited fails, so each caller derives
    /// in place.
    fn fail_all(&self, error: &JsValue) {
        let ready = self.ready.borrow_mut().take();
        let pending: Vec<_> = self.pending.borrow_mut().drain().collect();
        for (_, reject) in ready.into_iter().chain(pending.into_iter().map(|(_, f)| f)) {
            let _ = reject.call1(&JsValue::NULL, error);
        }
    }
}

impl WorkerLink {
    async fn derive(
        &self,
        params: &KdfParams,
        secret: &[u8],
        salt: &[u8],
    ) -> Result<Result<SecretKey, KdfFailed>, WorkerUnavailable> {
        let running = self.running()?;
        JsFuture::from(running.ready.clone())
            .await
            .map_err(|_| WorkerUnavailable)?;
        let id = self.next_id.get();
        self.next_id.set(id.wrapping_add(1));
        let request = Request::new(id, *params, secret, salt);
        let replies = Rc::clone(&running.replies);
        let reply = Promise::new(&mut |resolve, reject| {
            replies.pending.borrow_mut().insert(id, (resolve, reject));
        });
        if running
            .worker
            .post_message_with_transfer(&request.to_js(), &request.transfer())
            .is_err()
        {
            running.replies.pending.borrow_mut().remove(&id);
            return Err(WorkerUnavailable);
        }
        let data = JsFuture::from(reply).await.map_err(|_| WorkerUnavailable)?;
        match Reply::from_js(&data) {
            Some(Reply::Key { key, .. }) => take_key(&key).map(Ok).ok_or(WorkerUnavailable),
            Some(Reply::Failed { .. }) => Ok(Err(KdfFailed)),
            Some(Reply::Ready) | None => Err(WorkerUnavailable),
        }
    }

    /// The running worker, started now if it was not yet.
    fn running(&self) -> Result<Rc<Running>, WorkerUnavailable> {
        let mut state = self.state.borrow_mut();
        match &*state {
            LinkState::Started(running) => Ok(Rc::clone(running)),
            LinkState::Unavailable => Err(WorkerUnavailable),
            LinkState::NotStarted => match start(&self.url) {
                Ok(running) => {
                    let running = Rc::new(running);
                    *state = LinkState::Started(Rc::clone(&running));
                    Ok(running)
                }
                Err(_) => {
                    *state = LinkState::Unavailable;
                    Err(WorkerUnavailable)
                }
            },
        }
    }

    /// Stops the worker for good: the page derives in place from now on.
    fn give_up(&self) {
        let previous = self.state.replace(LinkState::Unavailable);
        if let LinkState::Started(running) = previous {
            running.worker.terminate();
            running.replies.fail_all(&JsValue::UNDEFINED);
        }
    }
}

/// Starts the worker at `url`; its readiness is awaited through `Running::ready`.
fn start(url: &str) -> Result<Running, JsValue> {
    let options = WorkerOptions::new();
    options.set_type(WorkerType::Module);
    let worker = Worker::new_with_options(url, &options)?;
    let replies = Rc::new(Replies::default());
    let ready = {
        let replies = Rc::clone(&replies);
        Promise::new(&mut |resolve, reject| {
            *replies.ready.borrow_mut() = Some((resolve, reject));
        })
    };
    let on_message = {
        let replies = Rc::clone(&replies);
        Closure::<dyn Fn(MessageEvent)>::new(move |event: MessageEvent| {
            replies.receive(event.data())
        })
    };
    let on_error = {
        let replies = Rc::clone(&replies);
        Closure::<dyn Fn(JsValue)>::new(move |error: JsValue| replies.fail_all(&error))
    };
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    worker.set_onmessageerror(Some(on_error.as_ref().unchecked_ref()));
    let too_late = {
        let replies = Rc::clone(&replies);
        Closure::once_into_js(move || {
            replies.fail_start(&JsValue::from_str("the worker did not start in time"))
        })
    };
    set_timeout(&too_late, START_TIMEOUT_MS);
    Ok(Running {
        worker,
        ready,
        replies,
        _on_message: on_message,
        _on_error: on_error,
    })
}
