//! What a user of the vault relies on: the passphrase opens their workspace, the recovery kit
//! with the answers (and never the answers alone) recovers it, every change of secret puts it
//! under a new key, wrong secrets are refused by name, and any change to a stored copy or to
//! its clear context is refused before anything is decrypted.

use super::*;
use crate::crypto::key_derivation::{InPlace, KeyDerivation, now_or_never};
use crate::crypto::recovery_key::RecoveryKey;
use unicode_normalization::UnicodeNormalization;

/// The result of a vault operation deriving in place, which completes at its first poll.
fn done<T>(operation: impl std::future::Future<Output = T>) -> T {
    now_or_never(operation).expect("derivation in place is never pending")
}

/// A typed passphrase with its NFKC form (the browser makes it in the app).
fn pass(typed: &str) -> Passphrase {
    Passphrase::new(typed, |text| text.nfkc().collect())
}

/// Small Argon2id settings so that hundreds of unlocks stay fast in tests.
const FAST: KdfParams = KdfParams {
    memory_kib: 64,
    iterations: 1,
    parallelism: 1,
};
/// The product's rules with the FAST settings as both floor and current settings.
const TEST_POLICY: KdfPolicy = KdfPolicy {
    floor: FAST,
    current: FAST,
};
const PASSPHRASE: &str = "tortoise umbrella 1987 harbour";
const NEW_PASSPHRASE: &str = "granite lantern 42 meadow";
const ANSWERS: [&str; 3] = ["springfield", "rex", "blue bicycle"];
/// The clear context stored beside the copy (question IDs, answer rules).
const CONTEXT: &[u8] = b"questions: first-car, first-job, first-toy; answer rules 1";
const WORKSPACE: &[u8] =
    br#"{"company":"Acme Logistics","partners":[{"name":"Northwind Freight"}]}"#;

struct Onboarded {
    vault: Vault,
    sealed: SealedWorkspace,
    key: RecoveryKey,
}

fn onboarded() -> Onboarded {
    let key = RecoveryKey::generate().unwrap();
    let (vault, sealed) = done(Vault::create(
        &pass(PASSPHRASE),
        &RecoverySecret {
            key: &key,
            answers: ANSWERS,
        },
        CONTEXT,
        WORKSPACE,
        TEST_POLICY,
        &InPlace,
    ))
    .unwrap();
    Onboarded { vault, sealed, key }
}

fn unlock(sealed: &SealedWorkspace, passphrase: &str) -> Result<Opened, VaultError> {
    done(Vault::unlock(
        sealed,
        CONTEXT,
        &pass(passphrase),
        TEST_POLICY,
        &InPlace,
    ))
}

fn unlock_error(sealed: &SealedWorkspace) -> VaultError {
    unlock(sealed, PASSPHRASE).err().unwrap()
}

fn recover_with(
    sealed: &SealedWorkspace,
    key: &RecoveryKey,
    answers: [&str; 3],
) -> Result<(Vault, Plaintext), VaultError> {
    done(Vault::recover(
        sealed,
        CONTEXT,
        RecoveryProof::Kit(RecoverySecret { key, answers }),
        &pass(NEW_PASSPHRASE),
        TEST_POLICY,
        &InPlace,
    ))
}

/// Every copy of `sealed` with one byte of the field chosen by `field` flipped.
fn each_byte_flipped(
    sealed: &SealedWorkspace,
    field: fn(&mut SealedWorkspace) -> &mut Vec<u8>,
) -> Vec<SealedWorkspace> {
    let length = field(&mut sealed.clone()).len();
    (0..length)
        .map(|index| {
            let mut altered = sealed.clone();
            field(&mut altered)[index] ^= 0x01;
            altered
        })
        .collect()
}

/// Whether `sealed` opens with the data key of `vault` (someone who once read the workspace
/// with an old secret keeps that key).
fn opens_with_key_of(vault: &Vault, sealed: &SealedWorkspace) -> bool {
    open_content(vault.data_key(), sealed, CONTEXT).is_ok()
}

fn recovery_wrap(sealed: &mut SealedWorkspace) -> &mut RecoveryWrap {
    sealed.recovery_wrap.as_mut().unwrap()
}

#[test]
fn the_passphrase_opens_the_workspace_written_at_onboarding() {
    let Onboarded { sealed, .. } = onboarded();
    let opened = unlock(&sealed, PASSPHRASE).unwrap();
    assert_eq!(*opened.plaintext, WORKSPACE);
    assert!(!opened.needs_saving);
    assert_eq!(sealed.revision, FIRST_REVISION);
    assert_eq!(sealed.format, FORMAT_VERSION);
    assert!(sealed.answers_wrap.is_none());
}

#[test]
fn a_wrong_passphrase_is_refused_as_such() {
    let Onboarded { sealed, .. } = onboarded();
    let refused = unlock(&sealed, "tortoise umbrella 1988 harbour")
        .err()
        .unwrap();
    assert_eq!(refused, VaultError::WrongPassphrase);
}

#[test]
fn the_passphrase_opens_however_its_accents_were_typed() {
    let key = RecoveryKey::generate().unwrap();
    let secret = RecoverySecret {
        key: &key,
        answers: ANSWERS,
    };
    let composed = "caf\u{e9} cr\u{e8}me \u{ff11}\u{ff19}\u{ff18}\u{ff17} harbour";
    let (_, sealed) = done(Vault::create(
        &pass(composed),
        &secret,
        CONTEXT,
        WORKSPACE,
        TEST_POLICY,
        &InPlace,
    ))
    .unwrap();
    assert!(unlock(&sealed, "cafe\u{301} cre\u{300}me 1987 harbour").is_ok());
}

#[test]
fn the_stored_copy_does_not_show_the_workspace_in_clear() {
    let Onboarded { sealed, .. } = onboarded();
    let stored = sealed.to_json();
    assert!(!stored.contains("Acme"));
    assert!(!stored.contains("Northwind"));
}

#[test]
fn each_save_opens_at_its_revision_with_a_fresh_nonce() {
    let Onboarded {
        vault,
        sealed: first,
        ..
    } = onboarded();
    let second = vault
        .seal(b"{\"company\":\"Acme Logistics Ltd\"}", 2, CONTEXT)
        .unwrap();
    assert_ne!(first.nonce, second.nonce);
    let opened = unlock(&second, PASSPHRASE).unwrap();
    assert_eq!(*opened.plaintext, b"{\"company\":\"Acme Logistics Ltd\"}");
    assert_eq!(second.revision, 2);
}

#[test]
fn the_recovery_key_with_the_answers_recovers_and_sets_a_new_passphrase() {
    let Onboarded { sealed, key, .. } = onboarded();
    let (vault, plaintext) = recover_with(&sealed, &key, ANSWERS).unwrap();
    assert_eq!(*plaintext, WORKSPACE);
    let saved = vault.seal(WORKSPACE, 2, CONTEXT).unwrap();
    assert_eq!(unlock_error(&saved), VaultError::WrongPassphrase);
    assert!(unlock(&saved, NEW_PASSPHRASE).is_ok());
    // The kit keeps working after it was used.
    assert!(recover_with(&saved, &key, ANSWERS).is_ok());
}

#[test]
fn the_answers_alone_open_nothing() {
    let Onboarded { sealed, .. } = onboarded();
    let refused = done(Vault::recover(
        &sealed,
        CONTEXT,
        RecoveryProof::AnswersOnly(ANSWERS),
        &pass(NEW_PASSPHRASE),
        TEST_POLICY,
        &InPlace,
    ))
    .err()
    .unwrap();
    assert_eq!(refused, VaultError::RecoveryKitRequired);
    // Nor does any other recovery key with the right answers.
    let guessed = RecoveryKey::generate().unwrap();
    let refused = recover_with(&sealed, &guessed, ANSWERS).err().unwrap();
    assert_eq!(refused, VaultError::WrongRecovery);
}

#[test]
fn the_recovery_key_with_wrong_answers_is_refused() {
    let Onboarded { sealed, key, .. } = onboarded();
    let swapped = [ANSWERS[1], ANSWERS[0], ANSWERS[2]];
    let refused = recover_with(&sealed, &key, swapped).err().unwrap();
    assert_eq!(refused, VaultError::WrongRecovery);
}

#[test]
fn the_stored_copy_holds_no_answers_wrap_and_no_recovery_private_key() {
    let Onboarded { sealed, .. } = onboarded();
    let stored = sealed.to_json();
    assert!(!stored.contains("answersWrap"));
    assert!(stored.contains("recoveryWrap"));
}

#[test]
fn a_changed_passphrase_opens_later_copies_and_the_old_one_does_not() {
    let Onboarded {
        mut vault,
        sealed: before,
        key,
    } = onboarded();
    let old = unlock(&before, PASSPHRASE).unwrap().vault;
    done(vault.change_passphrase(
        &pass(PASSPHRASE),
        &pass(NEW_PASSPHRASE),
        TEST_POLICY,
        &InPlace,
    ))
    .unwrap();
    let after = vault.seal(WORKSPACE, 2, CONTEXT).unwrap();

    assert_eq!(unlock_error(&after), VaultError::WrongPassphrase);
    assert!(unlock(&after, NEW_PASSPHRASE).is_ok());
    assert!(recover_with(&after, &key, ANSWERS).is_ok());
    // Whoever read the copy before the change with the old passphrase holds a key that opens
    // nothing saved afterwards.
    assert!(opens_with_key_of(&old, &before));
    assert!(!opens_with_key_of(&old, &after));
    // Nor does the old passphrase wrap, moved into the new copy.
    let mut spliced = after.clone();
    spliced.passphrase_wrap = before.passphrase_wrap.clone();
    assert_eq!(unlock_error(&spliced), VaultError::Tampered);
}

#[test]
fn changing_the_passphrase_needs_the_current_one() {
    let Onboarded { mut vault, .. } = onboarded();
    let refused = done(vault.change_passphrase(
        &pass("not the passphrase"),
        &pass(NEW_PASSPHRASE),
        TEST_POLICY,
        &InPlace,
    ))
    .unwrap_err();
    assert_eq!(refused, VaultError::WrongPassphrase);
    assert!(done(vault.verify_passphrase(&pass(PASSPHRASE), &InPlace)).is_ok());
}

#[test]
fn recovering_puts_the_workspace_under_a_new_key() {
    let Onboarded {
        sealed: before,
        key,
        ..
    } = onboarded();
    let old = unlock(&before, PASSPHRASE).unwrap().vault;
    let (vault, _) = recover_with(&before, &key, ANSWERS).unwrap();
    let after = vault.seal(WORKSPACE, 2, CONTEXT).unwrap();
    assert!(!opens_with_key_of(&old, &after));
    assert_eq!(unlock_error(&after), VaultError::WrongPassphrase);
}

#[test]
fn a_replaced_recovery_kit_stops_working_at_once() {
    let Onboarded {
        mut vault,
        sealed: before,
        key: old_key,
    } = onboarded();
    let old = unlock(&before, PASSPHRASE).unwrap().vault;
    let new_key = RecoveryKey::generate().unwrap();
    let new_answers = ["lisbon", "the blue note", "granny smith"];
    done(vault.replace_recovery_kit(
        &RecoverySecret {
            key: &new_key,
            answers: new_answers,
        },
        TEST_POLICY,
        &InPlace,
    ))
    .unwrap();
    let after = vault.seal(WORKSPACE, 2, CONTEXT).unwrap();

    assert_eq!(
        recover_with(&after, &old_key, ANSWERS).err().unwrap(),
        VaultError::WrongRecovery
    );
    assert_eq!(
        recover_with(&after, &new_key, ANSWERS).err().unwrap(),
        VaultError::WrongRecovery
    );
    assert!(recover_with(&after, &new_key, new_answers).is_ok());
    assert!(unlock(&after, PASSPHRASE).is_ok());
    assert!(!opens_with_key_of(&old, &after));
}

#[test]
fn settings_this_app_could_not_read_back_are_refused_at_onboarding() {
    let too_heavy = KdfParams {
        memory_kib: KdfParams::MAX_MEMORY_KIB + 1,
        ..FAST
    };
    let key = RecoveryKey::generate().unwrap();
    let refused = done(Vault::create(
        &pass(PASSPHRASE),
        &RecoverySecret {
            key: &key,
            answers: ANSWERS,
        },
        CONTEXT,
        WORKSPACE,
        KdfPolicy {
            floor: FAST,
            current: too_heavy,
        },
        &InPlace,
    ))
    .unwrap_err();
    assert_eq!(refused, VaultError::UnsupportedKdfParams);
}

#[test]
fn settings_below_the_floor_are_refused_before_deriving() {
    let Onboarded { sealed, key, .. } = onboarded();
    assert_eq!(
        done(Vault::unlock(
            &sealed,
            CONTEXT,
            &pass(PASSPHRASE),
            KdfPolicy::PRODUCT,
            &InPlace
        ))
        .err()
        .unwrap(),
        VaultError::KdfBelowFloor
    );
    assert_eq!(
        done(Vault::recover(
            &sealed,
            CONTEXT,
            RecoveryProof::Kit(RecoverySecret {
                key: &key,
                answers: ANSWERS
            }),
            &pass(NEW_PASSPHRASE),
            KdfPolicy::PRODUCT,
            &InPlace
        ))
        .err()
        .unwrap(),
        VaultError::KdfBelowFloor
    );
}

#[test]
fn a_copy_stored_with_weaker_settings_is_rewrapped_with_the_current_ones() {
    let Onboarded { sealed, .. } = onboarded();
    let stronger = KdfParams {
        memory_kib: 128,
        iterations: 2,
        parallelism: 1,
    };
    let policy = KdfPolicy {
        floor: FAST,
        current: stronger,
    };
    let opened = done(Vault::unlock(
        &sealed,
        CONTEXT,
        &pass(PASSPHRASE),
        policy,
        &InPlace,
    ))
    .unwrap();
    assert!(opened.needs_saving);
    let saved = opened.vault.seal(WORKSPACE, 2, CONTEXT).unwrap();
    assert_eq!(saved.passphrase_wrap.kdf, stronger);
    let reopened = done(Vault::unlock(
        &saved,
        CONTEXT,
        &pass(PASSPHRASE),
        policy,
        &InPlace,
    ))
    .unwrap();
    assert!(!reopened.needs_saving);
}

#[test]
fn a_changed_clear_context_is_refused() {
    let Onboarded { sealed, key, .. } = onboarded();
    for context in [
        b"questions: first-job, first-car, first-toy; answer rules 1".as_slice(),
        b"questions: first-car, first-job, first-toy; answer rules 2",
        b"",
    ] {
        assert_eq!(
            done(Vault::unlock(
                &sealed,
                context,
                &pass(PASSPHRASE),
                TEST_POLICY,
                &InPlace
            ))
            .err()
            .unwrap(),
            VaultError::Tampered
        );
        let recovered = done(Vault::recover(
            &sealed,
            context,
            RecoveryProof::Kit(RecoverySecret {
                key: &key,
                answers: ANSWERS,
            }),
            &pass(NEW_PASSPHRASE),
            TEST_POLICY,
            &InPlace,
        ));
        assert_eq!(recovered.err().unwrap(), VaultError::Tampered);
    }
}

#[test]
fn any_flipped_byte_of_the_ciphertext_or_its_nonce_is_refused() {
    let Onboarded { sealed, key, .. } = onboarded();
    let mut altered = each_byte_flipped(&sealed, |copy| &mut copy.ciphertext);
    altered.extend(each_byte_flipped(&sealed, |copy| &mut copy.nonce));
    for copy in altered {
        assert_eq!(unlock_error(&copy), VaultError::Tampered);
        assert_eq!(
            recover_with(&copy, &key, ANSWERS).err().unwrap(),
            VaultError::Tampered
        );
    }
}

#[test]
fn any_flipped_byte_of_the_passphrase_wrap_or_its_salt_is_refused() {
    let Onboarded { sealed, key, .. } = onboarded();
    let mut altered = each_byte_flipped(&sealed, |copy| &mut copy.passphrase_wrap.salt);
    altered.extend(each_byte_flipped(&sealed, |copy| {
        &mut copy.passphrase_wrap.wrapped_key
    }));
    altered.extend(each_byte_flipped(&sealed, |copy| {
        &mut copy.passphrase_wrap.nonce
    }));
    for copy in altered {
        // Without the right key an altered wrap looks exactly like a wrong passphrase.
        assert_eq!(unlock_error(&copy), VaultError::WrongPassphrase);
        assert_eq!(
            recover_with(&copy, &key, ANSWERS).err().unwrap(),
            VaultError::Tampered
        );
    }
}

#[test]
fn any_flipped_byte_of_the_recovery_wrap_is_refused() {
    let Onboarded { sealed, key, .. } = onboarded();
    let mut altered = each_byte_flipped(&sealed, |copy| &mut recovery_wrap(copy).salt);
    altered.extend(each_byte_flipped(&sealed, |copy| {
        &mut recovery_wrap(copy).wrapped_key
    }));
    altered.extend(each_byte_flipped(&sealed, |copy| {
        &mut recovery_wrap(copy).nonce
    }));
    altered.extend(each_byte_flipped(&sealed, |copy| {
        &mut recovery_wrap(copy).ephemeral_key
    }));
    altered.extend(each_byte_flipped(&sealed, |copy| {
        &mut recovery_wrap(copy).public_key
    }));
    for copy in altered {
        // A flipped public key byte may no longer be a point at all: then the copy is refused
        // by its shape, before any derivation.
        assert!(matches!(unlock_error(&copy), VaultError::Tampered));
        assert!(matches!(
            recover_with(&copy, &key, ANSWERS).err().unwrap(),
            VaultError::WrongRecovery | VaultError::Tampered
        ));
    }
}

#[test]
fn any_flipped_byte_of_the_header_tag_is_refused() {
    let Onboarded { sealed, .. } = onboarded();
    for copy in each_byte_flipped(&sealed, |copy| &mut copy.header_tag) {
        assert_eq!(unlock_error(&copy), VaultError::Tampered);
    }
}

#[test]
fn a_changed_revision_is_refused() {
    let Onboarded { vault, .. } = onboarded();
    let sealed = vault.seal(WORKSPACE, 5, CONTEXT).unwrap();
    for revision in [4, 6, 0, u64::MAX] {
        let altered = SealedWorkspace {
            revision,
            ..sealed.clone()
        };
        assert_eq!(unlock_error(&altered), VaultError::Tampered);
    }
}

#[test]
fn an_older_content_under_a_newer_header_is_refused() {
    let Onboarded {
        vault,
        sealed: first,
        ..
    } = onboarded();
    let second = vault.seal(b"{}", 2, CONTEXT).unwrap();
    let rolled_back = SealedWorkspace {
        nonce: first.nonce.clone(),
        ciphertext: first.ciphertext.clone(),
        ..second
    };
    assert_eq!(unlock_error(&rolled_back), VaultError::Tampered);
}

#[test]
fn changed_key_derivation_settings_are_refused() {
    let Onboarded { sealed, key, .. } = onboarded();
    let heavier = |params: KdfParams| {
        [
            KdfParams {
                memory_kib: params.memory_kib + 8,
                ..params
            },
            KdfParams {
                iterations: params.iterations + 1,
                ..params
            },
            KdfParams {
                parallelism: params.parallelism + 1,
                ..params
            },
        ]
    };
    for kdf in heavier(sealed.passphrase_wrap.kdf) {
        let mut altered = sealed.clone();
        altered.passphrase_wrap.kdf = kdf;
        assert_eq!(unlock_error(&altered), VaultError::WrongPassphrase);
        assert_eq!(
            recover_with(&altered, &key, ANSWERS).err().unwrap(),
            VaultError::Tampered
        );
    }
    for kdf in heavier(FAST) {
        let mut altered = sealed.clone();
        recovery_wrap(&mut altered).kdf = kdf;
        assert_eq!(unlock_error(&altered), VaultError::Tampered);
        assert_eq!(
            recover_with(&altered, &key, ANSWERS).err().unwrap(),
            VaultError::WrongRecovery
        );
    }
}

#[test]
fn settings_beyond_the_bounds_are_refused_without_deriving() {
    let Onboarded { sealed, .. } = onboarded();
    let mut altered = sealed.clone();
    altered.passphrase_wrap.kdf.memory_kib = u32::MAX;
    assert_eq!(unlock_error(&altered), VaultError::Tampered);
}

#[test]
fn another_format_version_is_reported_with_the_version_found() {
    let Onboarded { sealed, .. } = onboarded();
    let newer = SealedWorkspace {
        format: 3,
        ..sealed
    };
    assert_eq!(
        unlock_error(&newer),
        VaultError::UnsupportedVersion { found: 3 }
    );
    assert_eq!(
        SealedWorkspace::from_json(&newer.to_json()).unwrap_err(),
        VaultError::UnsupportedVersion { found: 3 }
    );
}

#[test]
fn a_copy_with_both_or_neither_recovery_wrap_is_refused() {
    let Onboarded { sealed, .. } = onboarded();
    let mut neither = sealed.clone();
    neither.recovery_wrap = None;
    assert_eq!(unlock_error(&neither), VaultError::Tampered);
    let mut both = sealed.clone();
    both.answers_wrap = Some(sealed.passphrase_wrap.clone());
    assert_eq!(unlock_error(&both), VaultError::Tampered);
}

#[test]
fn the_stored_json_reads_back_identically() {
    let Onboarded { sealed, .. } = onboarded();
    assert_eq!(
        SealedWorkspace::from_json(&sealed.to_json()).unwrap(),
        sealed
    );
}

#[test]
fn text_that_is_not_a_sealed_workspace_is_malformed() {
    let Onboarded { sealed, .. } = onboarded();
    let with_extra_field = sealed.to_json().replacen('{', "{\"plaintext\":\"x\",", 1);
    for text in ["", "not json", "{\"format\":2}", with_extra_field.as_str()] {
        assert_eq!(
            SealedWorkspace::from_json(text).unwrap_err(),
            VaultError::Malformed
        );
    }
}

fn pinned_v1() -> SealedWorkspace {
    SealedWorkspace::from_json(PINNED_V1_WORKSPACE).unwrap()
}

/// A copy written once by format version 1; it must keep opening in every later version.
#[test]
fn a_workspace_stored_by_format_version_1_still_opens() {
    let opened = unlock(&pinned_v1(), PASSPHRASE).unwrap();
    assert_eq!(*opened.plaintext, WORKSPACE);
    assert!(opened.needs_saving);
    assert!(!opened.vault.has_recovery_kit());
}

#[test]
fn a_format_1_workspace_is_saved_as_format_2_keeping_its_answers_until_a_kit_is_made() {
    let opened = unlock(&pinned_v1(), PASSPHRASE).unwrap();
    let resaved = opened.vault.seal(WORKSPACE, 2, CONTEXT).unwrap();
    assert_eq!(resaved.format, FORMAT_VERSION);
    assert!(resaved.answers_wrap.is_some());
    // Its clear context is now covered by the tag.
    assert_eq!(
        done(Vault::unlock(
            &resaved,
            b"other",
            &pass(PASSPHRASE),
            TEST_POLICY,
            &InPlace
        ))
        .err()
        .unwrap(),
        VaultError::Tampered
    );
    assert!(!unlock(&resaved, PASSPHRASE).unwrap().needs_saving);
    // Until the kit is made the answers still recover it (with a note to make one), and no
    // change of passphrase is possible.
    let (vault, _) = done(Vault::recover(
        &resaved,
        CONTEXT,
        RecoveryProof::AnswersOnly(ANSWERS),
        &pass(NEW_PASSPHRASE),
        TEST_POLICY,
        &InPlace,
    ))
    .unwrap();
    assert!(!vault.has_recovery_kit());
    let mut vault = vault;
    assert_eq!(
        done(vault.change_passphrase(
            &pass(NEW_PASSPHRASE),
            &pass(PASSPHRASE),
            TEST_POLICY,
            &InPlace
        ))
        .unwrap_err(),
        VaultError::RecoveryKitMissing
    );
}

#[test]
fn making_the_kit_removes_the_answers_only_wrap_and_its_key() {
    let before = pinned_v1();
    let mut vault = unlock(&before, PASSPHRASE).unwrap().vault;
    let old = unlock(&before, PASSPHRASE).unwrap().vault;
    let key = RecoveryKey::generate().unwrap();
    done(vault.replace_recovery_kit(
        &RecoverySecret {
            key: &key,
            answers: ANSWERS,
        },
        TEST_POLICY,
        &InPlace,
    ))
    .unwrap();
    let after = vault.seal(WORKSPACE, 2, CONTEXT).unwrap();

    assert!(after.answers_wrap.is_none());
    assert!(!after.to_json().contains("answersWrap"));
    assert_eq!(
        done(Vault::recover(
            &after,
            CONTEXT,
            RecoveryProof::AnswersOnly(ANSWERS),
            &pass(NEW_PASSPHRASE),
            TEST_POLICY,
            &InPlace
        ))
        .err()
        .unwrap(),
        VaultError::RecoveryKitRequired
    );
    assert!(recover_with(&after, &key, ANSWERS).is_ok());
    assert!(unlock(&after, PASSPHRASE).is_ok());
    assert!(!opens_with_key_of(&old, &after));
}

/// Written by `Vault::create` with the constants above and the FAST settings.
const PINNED_V1_WORKSPACE: &str = r#"{"format":1,"revision":1,"passphraseWrap":{"kdf":{"memoryKib":64,"iterations":1,"parallelism":1},"salt":"4coXHe9_aK585uzlyQnnNg","nonce":"Gou43fzZp5V9nP-g","wrappedKey":"8oC_HQevnBRqwbIxM9YKXmuEQdYLrH9MkOHqF7Fm9D--LHAwkqX_9V71_8IJGX6b"},"answersWrap":{"kdf":{"memoryKib":64,"iterations":1,"parallelism":1},"salt":"VjYss6iW8O3X4ERlMoSrVg","nonce":"4VEiGufEFhoOBd2O","wrappedKey":"V65IU6JbBUHne1FfeDuq9PT4cFV2ZVneSElp1nEgO-T2X2qQRzNawd4hebgc-_lb"},"nonce":"bHgDkIEKHnKA-3ud","ciphertext":"lRXCUX3paQFOcn5EZD2y88leb6T7pwYnF-CPOx07Wj8PoVuB-YWApHkJkEww6d3Jwyid46-2C1J79PhCrPf8mcTp5J3yehi_aLATEngyWlcXFLaBmW3ohCPfqw","headerTag":"ppe1BaWMyaQ9xaEXbi6p3sIBNi7ZGQGL0a_DsD9s0Pc"}"#;

#[test]
fn the_open_vault_reads_back_a_copy_it_sealed_without_asking_a_secret() {
    let Onboarded { vault, .. } = onboarded();
    let kept = vault.seal(WORKSPACE, 7, CONTEXT).unwrap();

    assert_eq!(&*vault.open_own(&kept, CONTEXT).unwrap(), WORKSPACE);
    assert_eq!(
        vault.open_own(&kept, b"another context").unwrap_err(),
        VaultError::Tampered
    );
}

#[test]
fn a_copy_sealed_before_a_change_of_keys_does_not_open_with_the_new_ones() {
    let Onboarded { mut vault, key, .. } = onboarded();
    let before_passphrase = vault.seal(WORKSPACE, 2, CONTEXT).unwrap();
    done(vault.change_passphrase(
        &pass(PASSPHRASE),
        &pass(NEW_PASSPHRASE),
        TEST_POLICY,
        &InPlace,
    ))
    .unwrap();
    assert_eq!(
        vault.open_own(&before_passphrase, CONTEXT).unwrap_err(),
        VaultError::Tampered
    );

    let before_kit = vault.seal(WORKSPACE, 3, CONTEXT).unwrap();
    done(vault.replace_recovery_kit(
        &RecoverySecret {
            key: &key,
            answers: ANSWERS,
        },
        TEST_POLICY,
        &InPlace,
    ))
    .unwrap();
    assert_eq!(
        vault.open_own(&before_kit, CONTEXT).unwrap_err(),
        VaultError::Tampered
    );
}

/// A derivation that answers only when asked a second time, as a worker answers later, and
/// counts how many keys it was asked for.
struct Later {
    asked: std::cell::Cell<usize>,
}

impl KeyDerivation for Later {
    async fn derive(
        &self,
        params: &KdfParams,
        secret: &[u8],
        salt: &[u8],
    ) -> Result<SecretKey, crate::crypto::kdf::KdfFailed> {
        self.asked.set(self.asked.get() + 1);
        let mut waited = false;
        std::future::poll_fn(|_| {
            if std::mem::replace(&mut waited, true) {
                std::task::Poll::Ready(())
            } else {
                std::task::Poll::Pending
            }
        })
        .await;
        crate::crypto::kdf::derive_key(params, secret, salt)
    }
}

/// Polls `operation` to its end with a waker that does nothing, as a test executor.
fn run_to_end<T>(operation: impl std::future::Future<Output = T>) -> T {
    let mut operation = std::pin::pin!(operation);
    let mut context = std::task::Context::from_waker(std::task::Waker::noop());
    loop {
        if let std::task::Poll::Ready(output) = operation.as_mut().poll(&mut context) {
            return output;
        }
    }
}

#[test]
fn a_derivation_that_answers_later_opens_the_same_workspace_as_one_in_place() {
    let later = Later {
        asked: std::cell::Cell::new(0),
    };
    let key = RecoveryKey::generate().unwrap();
    let secret = RecoverySecret {
        key: &key,
        answers: ANSWERS,
    };
    let (_, sealed) = run_to_end(Vault::create(
        &pass(PASSPHRASE),
        &secret,
        CONTEXT,
        WORKSPACE,
        TEST_POLICY,
        &later,
    ))
    .unwrap();
    // One key for the passphrase, one for the recovery kit.
    assert_eq!(later.asked.get(), 2);
    assert_eq!(*unlock(&sealed, PASSPHRASE).unwrap().plaintext, WORKSPACE);
    let opened = run_to_end(Vault::unlock(
        &sealed,
        CONTEXT,
        &pass(PASSPHRASE),
        TEST_POLICY,
        &later,
    ))
    .unwrap();
    assert_eq!(*opened.plaintext, WORKSPACE);
    // Nothing is forced: until the derivation answers, the unlock waits.
    assert!(
        now_or_never(Vault::unlock(
            &sealed,
            CONTEXT,
            &pass(PASSPHRASE),
            TEST_POLICY,
            &later
        ))
        .is_none()
    );
}
