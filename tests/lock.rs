//! The passphrase lock's steps and saved form, over a fake cipher that
//! keeps the rules WebCrypto keeps (a wrong key is refused, a changed byte
//! is refused, a non-extractable key cannot be wrapped) without the cost.
//! The same steps run with the real SubtleCrypto in `tests/browser.rs`.

use rebound::lock::format::{
    canonical_recovery_key, recovery_key_text, try_delay_ms, AutoLock, FormatError,
    PassphraseProblem, LOCK_FORMAT, PBKDF2_ITERATIONS, RECOVERY_CHARS,
};
use rebound::lock::vault::{
    change_passphrase, open, open_with_secret, recover, seal, set_up, unlock,
};
use rebound::lock::{Cipher, CryptoError, LockError, LockHeader};
use std::cell::Cell;
use std::future::Future;
use std::hash::{DefaultHasher, Hash, Hasher};
use std::pin::pin;
use std::task::{Context, Poll, Waker};

/// Runs a future of the fake cipher, which never waits.
fn ready<F: Future>(future: F) -> F::Output {
    let mut context = Context::from_waker(Waker::noop());
    match pin!(future).poll(&mut context) {
        Poll::Ready(output) => output,
        Poll::Pending => panic!("the fake cipher never waits"),
    }
}

#[derive(Clone, Debug, PartialEq)]
struct FakeKey {
    bytes: [u8; 32],
    extractable: bool,
}

#[derive(Default)]
struct FakeCipher {
    counter: Cell<u64>,
    derivations: Cell<u32>,
}

fn hash_bytes(parts: &[&[u8]], len: usize) -> Vec<u8> {
    let mut out = Vec::with_capacity(len);
    let mut block = 0u64;
    while out.len() < len {
        let mut hasher = DefaultHasher::new();
        for part in parts {
            part.hash(&mut hasher);
        }
        block.hash(&mut hasher);
        out.extend_from_slice(&hasher.finish().to_le_bytes());
        block += 1;
    }
    out.truncate(len);
    out
}

fn xor(a: &[u8], b: &[u8]) -> Vec<u8> {
    a.iter().zip(b).map(|(x, y)| x ^ y).collect()
}

impl Cipher for FakeCipher {
    type Key = FakeKey;

    fn normalize(&self, text: &str) -> String {
        // NFKC is the browser's; here: the composed "é" only.
        text.replace("e\u{301}", "é")
    }

    fn random(&self, bytes: &mut [u8]) {
        let n = self.counter.get() + 1;
        self.counter.set(n);
        bytes.copy_from_slice(&hash_bytes(&[b"random", &n.to_le_bytes()], bytes.len()));
    }

    async fn derive(
        &self,
        secret: &str,
        salt: &[u8],
        iterations: u32,
    ) -> Result<FakeKey, CryptoError> {
        self.derivations.set(self.derivations.get() + 1);
        let bytes = hash_bytes(&[secret.as_bytes(), salt, &iterations.to_le_bytes()], 32);
        Ok(FakeKey {
            bytes: bytes.try_into().unwrap(),
            extractable: false,
        })
    }

    async fn new_data_key(&self) -> Result<FakeKey, CryptoError> {
        let mut bytes = [0u8; 32];
        self.random(&mut bytes);
        Ok(FakeKey {
            bytes,
            extractable: true,
        })
    }

    async fn wrap(&self, key: &FakeKey, kek: &FakeKey) -> Result<Vec<u8>, CryptoError> {
        if !key.extractable {
            return Err(CryptoError::Unavailable("InvalidAccessError".into()));
        }
        let mut wrapped = xor(&key.bytes, &kek.bytes);
        wrapped.extend(hash_bytes(&[b"check", &kek.bytes], 8));
        Ok(wrapped)
    }

    async fn unwrap(
        &self,
        wrapped: &[u8],
        kek: &FakeKey,
        extractable: bool,
    ) -> Result<FakeKey, CryptoError> {
        if wrapped.len() != 40 || wrapped[32..] != hash_bytes(&[b"check", &kek.bytes], 8)[..] {
            return Err(CryptoError::Refused);
        }
        let bytes = xor(&wrapped[..32], &kek.bytes).try_into().unwrap();
        Ok(FakeKey { bytes, extractable })
    }

    async fn encrypt(
        &self,
        key: &FakeKey,
        iv: &[u8],
        plain: &[u8],
    ) -> Result<Vec<u8>, CryptoError> {
        let stream = hash_bytes(&[&key.bytes, iv], plain.len());
        let mut sealed = xor(plain, &stream);
        let tag = hash_bytes(&[b"tag", &key.bytes, iv, &sealed], 16);
        sealed.extend(tag);
        Ok(sealed)
    }

    async fn decrypt(
        &self,
        key: &FakeKey,
        iv: &[u8],
        ciphertext: &[u8],
    ) -> Result<Vec<u8>, CryptoError> {
        let (body, tag) = ciphertext.split_at(ciphertext.len() - 16);
        if tag != hash_bytes(&[b"tag", &key.bytes, iv, body], 16) {
            return Err(CryptoError::Refused);
        }
        Ok(xor(body, &hash_bytes(&[&key.bytes, iv], body.len())))
    }
}

const PASSPHRASE: &str = "correct horse battery";

fn locked(
    cipher: &FakeCipher,
    with_recovery: bool,
) -> (rebound::lock::SetUp<FakeKey>, rebound::lock::Sealed) {
    let set_up = ready(set_up(cipher, PASSPHRASE, PASSPHRASE, with_recovery)).unwrap();
    let sealed = ready(seal(cipher, &set_up.unlocked, r#"{"secret":"pineapple"}"#)).unwrap();
    (set_up, sealed)
}

#[test]
fn the_right_passphrase_opens_what_was_sealed_and_the_key_kept_cannot_be_read_out() {
    let cipher = FakeCipher::default();
    let (set_up, sealed) = locked(&cipher, false);
    assert!(
        !set_up.unlocked.key.extractable,
        "the data key in memory is non-extractable"
    );
    assert!(!sealed.ciphertext.contains("pineapple"));
    let unlocked = ready(unlock(&cipher, &sealed.lock, PASSPHRASE)).unwrap();
    assert!(!unlocked.key.extractable);
    assert_eq!(
        ready(open(&cipher, &unlocked.key, &sealed)).unwrap(),
        r#"{"secret":"pineapple"}"#
    );
}

#[test]
fn a_wrong_passphrase_is_refused_because_unwrapping_fails() {
    let cipher = FakeCipher::default();
    let (_, sealed) = locked(&cipher, false);
    for wrong in ["correct horse batterY", "", "correct horse battery "] {
        assert_eq!(
            ready(unlock(&cipher, &sealed.lock, wrong)),
            Err(LockError::Wrong)
        );
    }
    // No hash of the passphrase is kept: the header holds a salt, a count and
    // the wrapped key, nothing else.
    let header = serde_json::to_value(&sealed.lock).unwrap();
    let wrap = header["passphrase"].as_object().unwrap();
    let mut fields: Vec<&str> = wrap.keys().map(String::as_str).collect();
    fields.sort();
    assert_eq!(fields, ["iterations", "kdf", "salt", "wrapped_key"]);
}

#[test]
fn the_header_names_its_format_algorithms_and_parameters() {
    let cipher = FakeCipher::default();
    let (_, sealed) = locked(&cipher, true);
    let json: serde_json::Value = serde_json::to_value(&sealed).unwrap();
    assert_eq!(json["lock"]["format"], LOCK_FORMAT);
    assert_eq!(json["lock"]["cipher"], "AES-256-GCM");
    assert_eq!(json["lock"]["wrap"], "AES-KW");
    assert_eq!(json["lock"]["passphrase"]["kdf"], "PBKDF2-HMAC-SHA256");
    assert_eq!(json["lock"]["passphrase"]["iterations"], PBKDF2_ITERATIONS);
    assert_eq!(PBKDF2_ITERATIONS, 600_000);
    let (salt, wrapped) = sealed.lock.passphrase.parts().unwrap();
    assert_eq!((salt.len(), wrapped.len()), (16, 40));
    let (iv, ciphertext) = sealed.parts().unwrap();
    assert_eq!(iv.len(), 12, "a 96-bit IV");
    assert_eq!(
        ciphertext.len(),
        r#"{"secret":"pineapple"}"#.len() + 16,
        "the GCM tag at the end"
    );
    assert!(json["lock"]["recovery"]["wrapped_key"].is_string());
    assert_ne!(
        json["lock"]["recovery"]["salt"],
        json["lock"]["passphrase"]["salt"]
    );
}

#[test]
fn every_save_has_a_fresh_iv() {
    let cipher = FakeCipher::default();
    let (set_up, first) = locked(&cipher, false);
    let second = ready(seal(&cipher, &set_up.unlocked, r#"{"secret":"pineapple"}"#)).unwrap();
    assert_ne!(first.iv, second.iv);
    assert_ne!(first.ciphertext, second.ciphertext);
}

#[test]
fn a_changed_byte_is_refused_not_read() {
    let cipher = FakeCipher::default();
    let (set_up, mut sealed) = locked(&cipher, false);
    let (iv, mut ciphertext) = sealed.parts().unwrap();
    ciphertext[3] ^= 1;
    sealed = rebound::lock::Sealed::new(sealed.lock.clone(), &iv, &ciphertext);
    assert_eq!(
        ready(open(&cipher, &set_up.unlocked.key, &sealed)),
        Err(LockError::Damaged)
    );
}

#[test]
fn a_newer_format_or_a_cheap_derivation_is_not_tried() {
    let cipher = FakeCipher::default();
    let (_, sealed) = locked(&cipher, false);
    let mut newer = sealed.lock.clone();
    newer.format = 2;
    assert_eq!(
        ready(unlock(&cipher, &newer, PASSPHRASE)),
        Err(LockError::Format(FormatError::NewerFormat(2)))
    );
    let mut cheap = sealed.lock.clone();
    cheap.passphrase.iterations = 1_000;
    assert!(matches!(
        ready(unlock(&cipher, &cheap, PASSPHRASE)),
        Err(LockError::Format(FormatError::Malformed(_)))
    ));
    let raised = LockHeader {
        passphrase: rebound::lock::format::Wrap {
            iterations: 1_200_000,
            ..sealed.lock.passphrase.clone()
        },
        ..sealed.lock.clone()
    };
    // A later Rebound may raise the count: the header carries it, and the
    // count read is the one used (here the derivation differs, so it is wrong).
    assert_eq!(
        ready(unlock(&cipher, &raised, PASSPHRASE)),
        Err(LockError::Wrong)
    );
}

#[test]
fn new_passphrases_need_eight_characters_and_a_matching_repeat_nothing_more() {
    let cipher = FakeCipher::default();
    let short = ready(set_up(&cipher, "seven77", "seven77", false)).err();
    assert_eq!(
        short,
        Some(LockError::Passphrase(PassphraseProblem::TooShort))
    );
    let differ = ready(set_up(&cipher, "eight888", "eight889", false)).err();
    assert_eq!(
        differ,
        Some(LockError::Passphrase(PassphraseProblem::Different))
    );
    // Eight characters, not eight bytes; no rule about kinds of characters.
    assert!(ready(set_up(&cipher, "ééééé ee", "ééééé ee", false)).is_ok());
    assert!(ready(set_up(&cipher, "aaaaaaaa", "aaaaaaaa", false)).is_ok());
}

#[test]
fn the_passphrase_is_normalised_before_use() {
    let cipher = FakeCipher::default();
    let composed = "café au lait";
    let decomposed = "cafe\u{301} au lait";
    let set_up = ready(set_up(&cipher, composed, decomposed, false)).unwrap();
    let sealed = ready(seal(&cipher, &set_up.unlocked, "{}")).unwrap();
    assert!(ready(unlock(&cipher, &sealed.lock, decomposed)).is_ok());
}

#[test]
fn changing_the_passphrase_rewraps_the_key_only() {
    let cipher = FakeCipher::default();
    let (set_up, sealed) = locked(&cipher, true);
    let before = cipher.derivations.get();
    let changed = ready(change_passphrase(
        &cipher,
        &sealed.lock,
        PASSPHRASE,
        "a new long one",
        "a new long one",
    ))
    .unwrap();
    assert_eq!(
        cipher.derivations.get() - before,
        2,
        "the old wrapping opened, the new one made"
    );
    // What was sealed before opens with the key as it is now: nothing was
    // encrypted again.
    assert_eq!(
        ready(open(&cipher, &changed.key, &sealed)).unwrap(),
        r#"{"secret":"pineapple"}"#
    );
    assert_eq!(changed.key, set_up.unlocked.key);
    assert_eq!(
        changed.header.recovery, sealed.lock.recovery,
        "the recovery key still works"
    );
    assert_eq!(
        ready(unlock(&cipher, &changed.header, PASSPHRASE)),
        Err(LockError::Wrong)
    );
    assert!(ready(unlock(&cipher, &changed.header, "a new long one")).is_ok());
    let wrong_current = ready(change_passphrase(
        &cipher,
        &sealed.lock,
        "not it at all",
        "x new long one",
        "x new long one",
    ));
    assert_eq!(wrong_current, Err(LockError::Wrong));
}

#[test]
fn the_recovery_key_opens_the_lock_and_sets_a_new_passphrase() {
    let cipher = FakeCipher::default();
    let (set_up, sealed) = locked(&cipher, true);
    let key = set_up.recovery_key.clone().unwrap();
    // Written down and typed back loosely: lower case, spaces, O for 0.
    let typed = key.to_lowercase().replace('-', " ").replace('0', "o");
    let recovered = ready(recover(
        &cipher,
        &sealed.lock,
        &typed,
        "brand new phrase",
        "brand new phrase",
    ))
    .unwrap();
    assert_eq!(
        ready(open(&cipher, &recovered.key, &sealed)).unwrap(),
        r#"{"secret":"pineapple"}"#
    );
    assert!(ready(unlock(&cipher, &recovered.header, "brand new phrase")).is_ok());
    assert_eq!(
        ready(unlock(&cipher, &recovered.header, PASSPHRASE)),
        Err(LockError::Wrong)
    );
    // And the recovery key still opens the new header.
    assert!(ready(recover(
        &cipher,
        &recovered.header,
        &key,
        "third phrase!",
        "third phrase!"
    ))
    .is_ok());

    let not_a_key = ready(recover(
        &cipher,
        &sealed.lock,
        "my old passphrase",
        "brand new phrase",
        "brand new phrase",
    ));
    assert_eq!(not_a_key, Err(LockError::NotARecoveryKey));
    let mut other = [7u8; 20];
    other[0] = 1;
    let wrong_key = recovery_key_text(&other);
    let wrong = ready(recover(
        &cipher,
        &sealed.lock,
        &wrong_key,
        "brand new phrase",
        "brand new phrase",
    ));
    assert_eq!(wrong, Err(LockError::WrongRecoveryKey));

    let (_, without) = locked(&cipher, false);
    let none = ready(recover(
        &cipher,
        &without.lock,
        &key,
        "brand new phrase",
        "brand new phrase",
    ));
    assert_eq!(none, Err(LockError::NoRecoveryKey));
}

#[test]
fn a_locked_file_opens_with_its_passphrase_or_its_recovery_key() {
    let cipher = FakeCipher::default();
    let (set_up, sealed) = locked(&cipher, true);
    let plain = r#"{"secret":"pineapple"}"#;
    assert_eq!(
        ready(open_with_secret(&cipher, &sealed, PASSPHRASE)).unwrap(),
        plain
    );
    assert_eq!(
        ready(open_with_secret(
            &cipher,
            &sealed,
            set_up.recovery_key.as_deref().unwrap()
        ))
        .unwrap(),
        plain
    );
    assert_eq!(
        ready(open_with_secret(&cipher, &sealed, "guess guess")),
        Err(LockError::Wrong)
    );
}

#[test]
fn a_recovery_key_is_eight_groups_of_four_that_read_back() {
    let key = recovery_key_text(&[0xA5; 20]);
    let groups: Vec<&str> = key.split('-').collect();
    assert_eq!(groups.len(), 8);
    assert!(groups.iter().all(|g| g.len() == 4));
    assert!(!key.contains(['I', 'L', 'O', 'U']));
    let canonical = canonical_recovery_key(&key).unwrap();
    assert_eq!(canonical.len(), RECOVERY_CHARS);
    assert_eq!(
        canonical_recovery_key(&key.to_lowercase()),
        Some(canonical.clone())
    );
    assert_eq!(canonical_recovery_key(&key[..20]), None);
    assert_eq!(
        canonical_recovery_key("ÄÄÄÄ-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA"),
        None
    );
}

#[test]
fn wrong_tries_wait_a_little_longer_each_time_and_never_wipe() {
    let waits: Vec<u32> = (0..10).map(try_delay_ms).collect();
    assert_eq!(
        waits,
        [0, 0, 0, 2000, 4000, 8000, 16000, 30000, 30000, 30000]
    );
}

#[test]
fn auto_lock_choices_are_kept_as_codes_and_warn_a_minute_ahead() {
    for choice in AutoLock::CHOICES {
        assert_eq!(AutoLock::parse(&choice.code()), choice);
    }
    assert_eq!(
        AutoLock::parse("7"),
        AutoLock::Minutes(5),
        "unknown: the default"
    );
    assert_eq!(AutoLock::default(), AutoLock::Minutes(5));
    assert_eq!(AutoLock::Minutes(5).warn_after_ms(), Some(240_000.0));
    assert_eq!(
        AutoLock::Minutes(1).warn_after_ms(),
        Some(30_000.0),
        "at least 20 s to react"
    );
    assert_eq!(AutoLock::WhenHidden.warn_after_ms(), None);
}

mod saved_form {
    use super::*;
    use rebound::domain::Journal;
    use rebound::storage::schema::{
        decode, encode, encode_sealed, export_document, export_sealed_document, import_opened,
        locked_import, parse_import, read_stored, rev_from_header, DecodeError, ImportError,
        Stored, HEADER_CHARS,
    };

    fn a_sealed() -> rebound::lock::Sealed {
        let cipher = FakeCipher::default();
        locked(&cipher, true).1
    }

    #[test]
    fn a_locked_save_keeps_its_bookkeeping_in_the_clear_and_its_journal_sealed() {
        let sealed = a_sealed();
        let text = encode_sealed(&sealed, 41, 1_700_000_000_000.0);
        // Another tab learns the revision from the first characters, as for a plain save.
        let head: String = text.chars().take(HEADER_CHARS as usize).collect();
        assert_eq!(rev_from_header(&head), Some(41));
        let Ok(Stored::Locked(save)) = read_stored(&text) else {
            panic!("read as a locked save");
        };
        assert_eq!((save.rev, save.schema), (41, 1));
        assert_eq!(save.sealed, sealed);
        assert_eq!(decode(&text), Err(DecodeError::Locked));
        let plain = encode(&Journal::default(), 3, 0.0);
        assert!(matches!(read_stored(&plain), Ok(Stored::Plain(_))));
    }

    #[test]
    fn a_locked_save_with_a_damaged_lock_is_set_aside_not_misread() {
        let sealed = a_sealed();
        let text = encode_sealed(&sealed, 2, 0.0)
            .replace(r#""lock":{"#, r#""lock":{"format":"one","x":{"#);
        assert!(matches!(
            read_stored(&text),
            Err(DecodeError::WrongShape(_)) | Err(DecodeError::NotJson)
        ));
        let no_iv = encode_sealed(&sealed, 2, 0.0).replace(r#""iv":"#, r#""vi":"#);
        assert!(matches!(
            read_stored(&no_iv),
            Err(DecodeError::WrongShape(_))
        ));
    }

    #[test]
    fn a_locked_export_is_recognised_opened_and_checked_as_any_import() {
        let sealed = a_sealed();
        let text = export_sealed_document(&sealed, "2026-12-04T10:00:00Z".into());
        let json: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(json["app"], "rebound");
        assert!(json.get("data").is_none());
        assert_eq!(parse_import(&text), Err(ImportError::Locked));
        let Some(Ok((schema, read))) = locked_import(&text) else {
            panic!("a locked export");
        };
        assert_eq!((schema, read), (1, sealed));
        // Once opened, the text inside is read as the `data` of any export.
        let journal = Journal::default();
        let inside = serde_json::to_string(&journal).unwrap();
        assert_eq!(import_opened(1, &inside), Ok(journal.clone()));
        assert!(matches!(
            import_opened(1, "{\"rejections\":7}"),
            Err(ImportError::WrongShape(_))
        ));
        // A plain export is not a locked one.
        assert_eq!(
            locked_import(&export_document(&journal, "now".into())),
            None
        );
        assert_eq!(locked_import("not json"), Some(Err(ImportError::NotJson)));
    }
}
