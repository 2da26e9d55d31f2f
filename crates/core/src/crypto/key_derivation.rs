//! Where Argon2id runs is not the vault's business: unlocking, recovering, creating a workspace
//! and changing its secrets ask a [`KeyDerivation`] for each key and await it, so the browser can
//! compute it off the page's thread (a worker) while native tests and tools compute it in place.
//!
//! Every implementation must give exactly what [`derive_key`] gives for the same inputs: the
//! stored wraps are opened by whichever one the next session uses.

use std::future::Future;
use std::pin::pin;
use std::task::{Context, Poll, Waker};

use super::kdf::{KdfFailed, KdfParams, SecretKey, derive_key};

/// Something that turns a secret and a salt into a key with Argon2id, possibly elsewhere (a
/// worker), so the caller's thread stays free while it runs.
pub trait KeyDerivation {
    /// The key [`derive_key`] gives for `params`, `secret` and `salt`.
    fn derive(
        &self,
        params: &KdfParams,
        secret: &[u8],
        salt: &[u8],
    ) -> impl Future<Output = Result<SecretKey, KdfFailed>>;
}

/// Derivation on the calling thread: the future is ready at once. Used natively (tests, the
/// verifier's tools) and by the browser when no worker can be started.
#[derive(Debug, Clone, Copy, Default)]
pub struct InPlace;

impl KeyDerivation for InPlace {
    async fn derive(
        &self,
        params: &KdfParams,
        secret: &[u8],
        salt: &[u8],
    ) -> Result<SecretKey, KdfFailed> {
        derive_key(params, secret, salt)
    }
}

/// The output of `future` if it completes on its first poll, as every vault operation does
/// with [`InPlace`]; `None` if it would have to wait. Lets synchronous callers (and tests) use
/// the asynchronous vault without an executor.
pub fn now_or_never<F: Future>(future: F) -> Option<F::Output> {
    let mut context = Context::from_waker(Waker::noop());
    match pin!(future).poll(&mut context) {
        Poll::Ready(output) => Some(output),
        Poll::Pending => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SMALL: KdfParams = KdfParams {
        memory_kib: 64,
        iterations: 1,
        parallelism: 1,
    };

    #[test]
    fn in_place_derivation_gives_the_key_of_derive_key_at_once() {
        let derived = now_or_never(InPlace.derive(&SMALL, b"correct horse", &[7; 16]));
        assert_eq!(
            derived,
            Some(derive_key(&SMALL, b"correct horse", &[7; 16]))
        );
    }

    #[test]
    fn a_future_that_waits_is_not_forced() {
        assert_eq!(now_or_never(std::future::pending::<()>()), None);
    }
}
