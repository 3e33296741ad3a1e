//! The lock with the browser's real SubtleCrypto (the native tests in
//! `tests/lock.rs` use a fake): a round trip, a changed byte refused, a
//! wrong passphrase refused, a recovery key and a change of passphrase, and
//! a data key that cannot be exported. Run with `make browser`.
#![cfg(target_arch = "wasm32")]

use rebound::lock::format::Sealed;
use rebound::lock::vault::{change_passphrase, open, recover, seal, set_up, unlock};
use rebound::lock::{LockError, WebCrypto};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const PASSPHRASE: &str = "correct horse battery";
const PLAIN: &str = r#"{"rejections":[{"company":"Pineapple GmbH"}]}"#;

fn cipher() -> WebCrypto {
    WebCrypto::new().expect("a test page has WebCrypto")
}

#[wasm_bindgen_test]
async fn a_round_trip_opens_what_was_sealed_and_the_key_cannot_be_exported() {
    let cipher = cipher();
    let set_up = set_up(&cipher, PASSPHRASE, PASSPHRASE, false)
        .await
        .unwrap();
    assert!(
        !set_up.unlocked.key.extractable(),
        "the data key in memory is non-extractable"
    );
    let sealed = seal(&cipher, &set_up.unlocked, PLAIN).await.unwrap();
    assert!(!sealed.ciphertext.contains("Pineapple"));
    let unlocked = unlock(&cipher, &sealed.lock, PASSPHRASE).await.unwrap();
    assert!(!unlocked.key.extractable());
    assert_eq!(open(&cipher, &unlocked.key, &sealed).await.unwrap(), PLAIN);
    // Two saves of the same text never look alike (a fresh IV each time).
    let again = seal(&cipher, &unlocked, PLAIN).await.unwrap();
    assert_ne!(again.iv, sealed.iv);
    assert_ne!(again.ciphertext, sealed.ciphertext);
}

#[wasm_bindgen_test]
async fn a_changed_byte_is_refused() {
    let cipher = cipher();
    let set_up = set_up(&cipher, PASSPHRASE, PASSPHRASE, false)
        .await
        .unwrap();
    let sealed = seal(&cipher, &set_up.unlocked, PLAIN).await.unwrap();
    let (iv, mut ciphertext) = sealed.parts().unwrap();
    for at in [0, ciphertext.len() / 2, ciphertext.len() - 1] {
        ciphertext[at] ^= 0x01;
        let tampered = Sealed::new(sealed.lock.clone(), &iv, &ciphertext);
        assert_eq!(
            open(&cipher, &set_up.unlocked.key, &tampered).await,
            Err(LockError::Damaged)
        );
        ciphertext[at] ^= 0x01;
    }
    let mut other_iv = iv.clone();
    other_iv[0] ^= 0x80;
    let moved = Sealed::new(sealed.lock.clone(), &other_iv, &ciphertext);
    assert_eq!(
        open(&cipher, &set_up.unlocked.key, &moved).await,
        Err(LockError::Damaged)
    );
}

#[wasm_bindgen_test]
async fn a_wrong_passphrase_is_refused() {
    let cipher = cipher();
    let set_up = set_up(&cipher, PASSPHRASE, PASSPHRASE, false)
        .await
        .unwrap();
    let header = set_up.unlocked.header;
    assert_eq!(
        unlock(&cipher, &header, "correct horse batterY").await,
        Err(LockError::Wrong)
    );
    assert_eq!(unlock(&cipher, &header, "").await, Err(LockError::Wrong));
}

#[wasm_bindgen_test]
async fn the_same_passphrase_typed_another_way_opens_it() {
    // NFKC: a decomposed "é" and full-width digits are the same passphrase.
    let cipher = cipher();
    let set_up = set_up(&cipher, "café １２３４", "cafe\u{301} 1234", false)
        .await
        .unwrap();
    assert!(unlock(&cipher, &set_up.unlocked.header, "cafe\u{301} 1234")
        .await
        .is_ok());
}

#[wasm_bindgen_test]
async fn the_recovery_key_and_a_changed_passphrase_open_the_same_notes() {
    let cipher = cipher();
    let set_up = set_up(&cipher, PASSPHRASE, PASSPHRASE, true).await.unwrap();
    let sealed = seal(&cipher, &set_up.unlocked, PLAIN).await.unwrap();
    let key = set_up.recovery_key.unwrap();
    let recovered = recover(
        &cipher,
        &sealed.lock,
        &key,
        "a new one here",
        "a new one here",
    )
    .await
    .unwrap();
    assert_eq!(open(&cipher, &recovered.key, &sealed).await.unwrap(), PLAIN);
    let changed = change_passphrase(
        &cipher,
        &recovered.header,
        "a new one here",
        "third time",
        "third time",
    )
    .await
    .unwrap();
    assert_eq!(open(&cipher, &changed.key, &sealed).await.unwrap(), PLAIN);
    assert_eq!(
        unlock(&cipher, &changed.header, "a new one here").await,
        Err(LockError::Wrong)
    );
}
