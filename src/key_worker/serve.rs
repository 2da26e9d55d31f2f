//! Inside the worker: answers each request with the key `derive_key` gives, the same function
//! the page would run, so a key derived here opens exactly what one derived in place opens.

use js_sys::Uint8Array;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};
use zeroize::Zeroizing;

use super::protocol::{Reply, Request};
use crate::crypto::kdf::derive_key;

/// Starts answering requests, then tells the page the worker is ready (a message posted before
/// the handler was set would be lost, so the page waits for this one).
pub fn serve() {
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let answering = scope.clone();
    let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |event: MessageEvent| {
        if let Some(request) = Request::from_js(&event.data()) {
            post(&answering, &answer(request));
        }
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The handler lives as long as the worker.
    on_message.forget();
    post(&scope, &Reply::Ready);
}

/// Derives the key of `request`, wiping the secret it was sent as soon as it is copied.
fn answer(request: Request) -> Reply {
    let secret = Zeroizing::new(request.secret.to_vec());
    wipe(&request.secret);
    let salt = request.salt.to_vec();
    match derive_key(&request.params, &secret, &salt) {
        Ok(key) => Reply::key(request.id, &key),
        Err(_) => Reply::Failed { id: request.id },
    }
}

fn wipe(bytes: &Uint8Array) {
    bytes.fill(0, 0, bytes.length());
}

fn post(scope: &DedicatedWorkerGlobalScope, reply: &Reply) {
    // Posting to the page fails only if the reply cannot be cloned, which plain objects and
    // byte arrays always can; the page gives up on a worker that does not answer.
    let _ = scope.post_message_with_transfer(&reply.to_js(), &reply.transfer());
}
