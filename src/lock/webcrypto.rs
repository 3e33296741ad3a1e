//! [`Cipher`] with the browser's own WebCrypto (`crypto.subtle`), through
//! web-sys. Keys stay `CryptoKey`s: the data key is asked for as
//! non-extractable, so no script can read it out as bytes.

use super::cipher::{Cipher, CryptoError};
use js_sys::{Array, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{AesGcmParams, AesKeyGenParams, CryptoKey, Pbkdf2Params, SubtleCrypto};

// i18n: the names WebCrypto knows its algorithms by, not words
const AES_GCM: &str = "AES-GCM";
// i18n: as above
const AES_KW: &str = "AES-KW";

pub struct WebCrypto {
    crypto: web_sys::Crypto,
    subtle: SubtleCrypto,
}

fn error_name(error: &JsValue) -> String {
    js_sys::Reflect::get(error, &JsValue::from_str("name"))
        .ok()
        .and_then(|name| name.as_string())
        .unwrap_or_else(|| "unknown error".into()) // i18n: technical detail
}

/// A promise WebCrypto returned, awaited: `OperationError` is how it says
/// a key did not fit (unwrapping under another key, a tag that does not
/// match); anything else means it could not work at all.
async fn settle(promise: Result<js_sys::Promise, JsValue>) -> Result<JsValue, CryptoError> {
    let promise = promise.map_err(|e| CryptoError::Unavailable(error_name(&e)))?;
    JsFuture::from(promise).await.map_err(|error| {
        match error_name(&error).as_str() {
            "OperationError" => CryptoError::Refused, // i18n: an error's name
            other => CryptoError::Unavailable(other.to_owned()),
        }
    })
}

fn bytes_of(buffer: JsValue) -> Vec<u8> {
    Uint8Array::new(&buffer).to_vec()
}

fn usages(names: &[&str]) -> JsValue {
    names
        .iter()
        .map(|name| JsValue::from_str(name))
        .collect::<Array>()
        .into()
}

impl WebCrypto {
    /// `None` where the page has no WebCrypto (a page not served over
    /// HTTPS or from localhost, or a very old browser).
    pub fn new() -> Option<WebCrypto> {
        let crypto = web_sys::window()?.crypto().ok()?;
        let subtle = js_sys::Reflect::get(&crypto, &JsValue::from_str("subtle")).ok()?;
        let subtle = subtle.dyn_into::<SubtleCrypto>().ok()?;
        Some(WebCrypto { crypto, subtle })
    }
}

impl Cipher for WebCrypto {
    type Key = CryptoKey;

    fn normalize(&self, text: &str) -> String {
        // i18n: a Unicode normal form's name
        js_sys::JsString::from(text).normalize("NFKC").into()
    }

    fn random(&self, bytes: &mut [u8]) {
        // Only fails for more than 65,536 bytes at once.
        let _ = self.crypto.get_random_values_with_u8_array(bytes);
    }

    async fn derive(
        &self,
        secret: &str,
        salt: &[u8],
        iterations: u32,
    ) -> Result<CryptoKey, CryptoError> {
        let secret = Uint8Array::from(secret.as_bytes());
        // i18n: an algorithm's name
        let import = self.subtle.import_key_with_str(
            "raw",
            &secret,
            "PBKDF2",
            false,
            &usages(&["deriveKey"]),
        );
        let base: CryptoKey = settle(import).await?.unchecked_into();
        // i18n: algorithms' names
        let params =
            Pbkdf2Params::new_with_str("PBKDF2", "SHA-256", iterations, &Uint8Array::from(salt));
        let derived = AesKeyGenParams::new(AES_KW, 256);
        let key = self.subtle.derive_key_with_object_and_object(
            &params,
            &base,
            &derived,
            false,
            &usages(&["wrapKey", "unwrapKey"]),
        );
        Ok(settle(key).await?.unchecked_into())
    }

    async fn new_data_key(&self) -> Result<CryptoKey, CryptoError> {
        let key = self.subtle.generate_key_with_object(
            &AesKeyGenParams::new(AES_GCM, 256),
            true,
            &usages(&["encrypt", "decrypt"]),
        );
        Ok(settle(key).await?.unchecked_into())
    }

    async fn wrap(&self, key: &CryptoKey, kek: &CryptoKey) -> Result<Vec<u8>, CryptoError> {
        Ok(bytes_of(
            settle(self.subtle.wrap_key_with_str("raw", key, kek, AES_KW)).await?,
        ))
    }

    async fn unwrap(
        &self,
        wrapped: &[u8],
        kek: &CryptoKey,
        extractable: bool,
    ) -> Result<CryptoKey, CryptoError> {
        let key = self.subtle.unwrap_key_with_u8_array_and_str_and_str(
            "raw",
            wrapped,
            kek,
            AES_KW,
            AES_GCM,
            extractable,
            &usages(&["encrypt", "decrypt"]),
        );
        Ok(settle(key).await?.unchecked_into())
    }

    async fn encrypt(
        &self,
        key: &CryptoKey,
        iv: &[u8],
        plain: &[u8],
    ) -> Result<Vec<u8>, CryptoError> {
        let params = AesGcmParams::new_with_u8_array(AES_GCM, &Uint8Array::from(iv));
        let sealed = self
            .subtle
            .encrypt_with_object_and_u8_array(&params, key, plain);
        Ok(bytes_of(settle(sealed).await?))
    }

    async fn decrypt(
        &self,
        key: &CryptoKey,
        iv: &[u8],
        ciphertext: &[u8],
    ) -> Result<Vec<u8>, CryptoError> {
        let params = AesGcmParams::new_with_u8_array(AES_GCM, &Uint8Array::from(iv));
        let opened = self
            .subtle
            .decrypt_with_object_and_u8_array(&params, key, ciphertext);
        Ok(bytes_of(settle(opened).await?))
    }
}
