//! What a user of the vault relies on: the passphrase and the answers open their workspace,
//! wrong ones are refused by name, and any change to a stored copy is refused before
//! anything is decrypted.

use super::*;

/// Small Argon2id settings so that hundreds of unlocks stay fast in tests.
const FAST: KdfParams = KdfParams {
    memory_kib: 64,
    iterations: 1,
    parallelism: 1,
};
const PASSPHRASE: &str = "tortoise umbrella 1987 harbour";
const ANSWERS: [&str; 3] = ["springfield", "rex", "blue bicycle"];
const WORKSPACE: &[u8] =
    br#"{"company":"Acme Logistics","partners":[{"name":"Northwind Freight"}]}"#;

fn onboarded() -> (Vault, SealedWorkspace) {
    Vault::create(PASSPHRASE, &ANSWERS, WORKSPACE, FAST).unwrap()
}

fn unlock_error(sealed: &SealedWorkspace) -> VaultError {
    Vault::unlock(sealed, PASSPHRASE).unwrap_err()
}

fn recover_error(sealed: &SealedWorkspace) -> VaultError {
    Vault::recover(sealed, &ANSWERS, "a brand new passphrase").unwrap_err()
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

#[test]
fn the_passphrase_opens_the_workspace_written_at_onboarding() {
    let (_, sealed) = onboarded();
    let (_, plaintext) = Vault::unlock(&sealed, PASSPHRASE).unwrap();
    assert_eq!(*plaintext, WORKSPACE);
    assert_eq!(sealed.revision, FIRST_REVISION);
}

#[test]
fn a_wrong_passphrase_is_refused_as_such() {
    let (_, sealed) = onboarded();
    let refused = Vault::unlock(&sealed, "tortoise umbrella 1988 harbour").unwrap_err();
    assert_eq!(refused, VaultError::WrongPassphrase);
}

#[test]
fn the_stored_copy_does_not_show_the_workspace_in_clear() {
    let (_, sealed) = onboarded();
    let stored = sealed.to_json();
    assert!(!stored.contains("Acme"));
    assert!(!stored.contains("Northwind"));
}

#[test]
fn each_save_opens_at_its_revision_with_a_fresh_nonce() {
    let (vault, first) = onboarded();
    let second = vault
        .seal(b"{\"company\":\"Acme Logistics Ltd\"}", 2)
        .unwrap();
    assert_ne!(first.nonce, second.nonce);
    let (_, plaintext) = Vault::unlock(&second, PASSPHRASE).unwrap();
    assert_eq!(*plaintext, b"{\"company\":\"Acme Logistics Ltd\"}");
    assert_eq!(second.revision, 2);
}

#[test]
fn the_answers_recover_the_workspace_and_set_a_new_passphrase() {
    let (_, sealed) = onboarded();
    let (vault, rewrapped, plaintext) =
        Vault::recover(&sealed, &ANSWERS, "a brand new passphrase").unwrap();
    assert_eq!(*plaintext, WORKSPACE);
    assert_eq!(rewrapped.ciphertext, sealed.ciphertext);
    assert_eq!(
        Vault::unlock(&rewrapped, PASSPHRASE).unwrap_err(),
        VaultError::WrongPassphrase
    );
    assert_eq!(
        *Vault::unlock(&rewrapped, "a brand new passphrase")
            .unwrap()
            .1,
        WORKSPACE
    );
    // Later saves keep the new passphrase.
    let saved = vault.seal(WORKSPACE, 2).unwrap();
    assert!(Vault::unlock(&saved, "a brand new passphrase").is_ok());
}

#[test]
fn wrong_answers_are_refused_as_such() {
    let (_, sealed) = onboarded();
    let swapped = [ANSWERS[1], ANSWERS[0], ANSWERS[2]];
    let refused = Vault::recover(&sealed, &swapped, "a brand new passphrase").unwrap_err();
    assert_eq!(refused, VaultError::WrongAnswers);
}

#[test]
fn changing_the_passphrase_rewraps_without_touching_the_content() {
    let (mut vault, sealed) = onboarded();
    let changed = vault
        .change_passphrase(&sealed, PASSPHRASE, "granite lantern 42 meadow")
        .unwrap();
    assert_eq!(changed.ciphertext, sealed.ciphertext);
    assert_eq!(changed.nonce, sealed.nonce);
    assert_eq!(changed.revision, sealed.revision);
    assert_eq!(unlock_error(&changed), VaultError::WrongPassphrase);
    assert!(Vault::unlock(&changed, "granite lantern 42 meadow").is_ok());
    assert!(Vault::recover(&changed, &ANSWERS, "x y z w v u").is_ok());
    let saved = vault.seal(WORKSPACE, 2).unwrap();
    assert!(Vault::unlock(&saved, "granite lantern 42 meadow").is_ok());
}

#[test]
fn changing_the_passphrase_needs_the_current_one() {
    let (mut vault, sealed) = onboarded();
    let refused = vault
        .change_passphrase(&sealed, "not the passphrase", "granite lantern 42 meadow")
        .unwrap_err();
    assert_eq!(refused, VaultError::WrongPassphrase);
}

#[test]
fn a_copy_from_another_workspace_is_not_rewrapped() {
    let (mut vault, _) = onboarded();
    let (_, foreign) = onboarded();
    let refused = vault
        .change_passphrase(&foreign, PASSPHRASE, "granite lantern 42 meadow")
        .unwrap_err();
    assert_eq!(refused, VaultError::Tampered);
}

#[test]
fn settings_this_app_could_not_read_back_are_refused_at_onboarding() {
    let too_heavy = KdfParams {
        memory_kib: KdfParams::MAX_MEMORY_KIB + 1,
        ..FAST
    };
    let refused = Vault::create(PASSPHRASE, &ANSWERS, WORKSPACE, too_heavy).unwrap_err();
    assert_eq!(refused, VaultError::UnsupportedKdfParams);
}

#[test]
fn any_flipped_byte_of_the_ciphertext_or_its_nonce_is_refused() {
    let (_, sealed) = onboarded();
    let mut altered = each_byte_flipped(&sealed, |copy| &mut copy.ciphertext);
    altered.extend(each_byte_flipped(&sealed, |copy| &mut copy.nonce));
    for copy in altered {
        assert_eq!(unlock_error(&copy), VaultError::Tampered);
        assert_eq!(recover_error(&copy), VaultError::Tampered);
    }
}

#[test]
fn any_flipped_byte_of_the_passphrase_wrap_or_its_salt_is_refused() {
    let (_, sealed) = onboarded();
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
        assert_eq!(recover_error(&copy), VaultError::Tampered);
    }
}

#[test]
fn any_flipped_byte_of_the_answers_wrap_or_its_salt_is_refused() {
    let (_, sealed) = onboarded();
    let mut altered = each_byte_flipped(&sealed, |copy| &mut copy.answers_wrap.salt);
    altered.extend(each_byte_flipped(&sealed, |copy| {
        &mut copy.answers_wrap.wrapped_key
    }));
    altered.extend(each_byte_flipped(&sealed, |copy| {
        &mut copy.answers_wrap.nonce
    }));
    for copy in altered {
        assert_eq!(unlock_error(&copy), VaultError::Tampered);
        assert_eq!(recover_error(&copy), VaultError::WrongAnswers);
    }
}

#[test]
fn any_flipped_byte_of_the_header_tag_is_refused() {
    let (_, sealed) = onboarded();
    for copy in each_byte_flipped(&sealed, |copy| &mut copy.header_tag) {
        assert_eq!(unlock_error(&copy), VaultError::Tampered);
    }
}

#[test]
fn a_changed_revision_is_refused() {
    let (vault, _) = onboarded();
    let sealed = vault.seal(WORKSPACE, 5).unwrap();
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
    let (vault, first) = onboarded();
    let second = vault.seal(b"{}", 2).unwrap();
    let rolled_back = SealedWorkspace {
        nonce: first.nonce.clone(),
        ciphertext: first.ciphertext.clone(),
        ..second
    };
    assert_eq!(unlock_error(&rolled_back), VaultError::Tampered);
}

#[test]
fn changed_key_derivation_settings_are_refused() {
    let (_, sealed) = onboarded();
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
        assert_eq!(recover_error(&altered), VaultError::Tampered);
    }
    for kdf in heavier(sealed.answers_wrap.kdf) {
        let mut altered = sealed.clone();
        altered.answers_wrap.kdf = kdf;
        assert_eq!(unlock_error(&altered), VaultError::Tampered);
        assert_eq!(recover_error(&altered), VaultError::WrongAnswers);
    }
}

#[test]
fn settings_beyond_the_bounds_are_refused_without_deriving() {
    let (_, sealed) = onboarded();
    let mut altered = sealed.clone();
    altered.passphrase_wrap.kdf.memory_kib = u32::MAX;
    assert_eq!(unlock_error(&altered), VaultError::Tampered);
}

#[test]
fn another_format_version_is_reported_with_the_version_found() {
    let (_, sealed) = onboarded();
    let newer = SealedWorkspace {
        format: 2,
        ..sealed
    };
    assert_eq!(
        unlock_error(&newer),
        VaultError::UnsupportedVersion { found: 2 }
    );
    assert_eq!(
        SealedWorkspace::from_json(&newer.to_json()).unwrap_err(),
        VaultError::UnsupportedVersion { found: 2 }
    );
}

#[test]
fn the_stored_json_reads_back_identically() {
    let (_, sealed) = onboarded();
    assert_eq!(
        SealedWorkspace::from_json(&sealed.to_json()).unwrap(),
        sealed
    );
}

#[test]
fn text_that_is_not_a_sealed_workspace_is_malformed() {
    let (_, sealed) = onboarded();
    let with_extra_field = sealed.to_json().replacen('{', "{\"plaintext\":\"x\",", 1);
    for text in ["", "not json", "{\"format\":1}", with_extra_field.as_str()] {
        assert_eq!(
            SealedWorkspace::from_json(text).unwrap_err(),
            VaultError::Malformed
        );
    }
}

/// A copy written once by this format version; it must keep opening in every later version.
#[test]
fn a_workspace_stored_by_format_version_1_still_opens() {
    let sealed = SealedWorkspace::from_json(PINNED_V1_WORKSPACE).unwrap();
    assert_eq!(*Vault::unlock(&sealed, PASSPHRASE).unwrap().1, WORKSPACE);
    assert_eq!(
        *Vault::recover(&sealed, &ANSWERS, "x y z w").unwrap().2,
        WORKSPACE
    );
}

/// Written by `Vault::create` with the constants above and the FAST settings.
const PINNED_V1_WORKSPACE: &str = r#"{"format":1,"revision":1,"passphraseWrap":{"kdf":{"memoryKib":64,"iterations":1,"parallelism":1},"salt":"4coXHe9_aK585uzlyQnnNg","nonce":"Gou43fzZp5V9nP-g","wrappedKey":"8oC_HQevnBRqwbIxM9YKXmuEQdYLrH9MkOHqF7Fm9D--LHAwkqX_9V71_8IJGX6b"},"answersWrap":{"kdf":{"memoryKib":64,"iterations":1,"parallelism":1},"salt":"VjYss6iW8O3X4ERlMoSrVg","nonce":"4VEiGufEFhoOBd2O","wrappedKey":"V65IU6JbBUHne1FfeDuq9PT4cFV2ZVneSElp1nEgO-T2X2qQRzNawd4hebgc-_lb"},"nonce":"bHgDkIEKHnKA-3ud","ciphertext":"lRXCUX3paQFOcn5EZD2y88leb6T7pwYnF-CPOx07Wj8PoVuB-YWApHkJkEww6d3Jwyid46-2C1J79PhCrPf8mcTp5J3yehi_aLATEngyWlcXFLaBmW3ohCPfqw","headerTag":"ppe1BaWMyaQ9xaEXbi6p3sIBNi7ZGQGL0a_DsD9s0Pc"}"#;
