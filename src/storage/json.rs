//! A JSON reader (RFC 8259) that hands values to the caller as it meets them,
//! so a saved journal is read straight into its types: no tree of values in
//! between, and no parser code copied per type. `codec` drives it.
//!
//! It is strict where JSON is (no trailing commas, no comments, no control
//! characters or lone surrogates in strings, nothing after the value) and
//! never recurses on its own: skipping an unknown value of any depth uses a
//! list, not the call stack, so hostile nesting cannot overflow it. Tests check
//! it against serde_json on random input.

use std::borrow::Cow;

/// Why text could not be read. Boxed: every read returns a `Result` with it,
/// and a one-pointer error keeps all those returns (and the download) small.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReadError(Box<Problem>);

#[derive(Clone, Debug, PartialEq, Eq)]
struct Problem {
    /// Not JSON (or cut off), as opposed to JSON of the wrong shape.
    syntax: bool,
    /// Where, innermost first: errors are built on the way out.
    path: Vec<String>,
    what: String,
}

impl ReadError {
    pub fn shape(what: impl Into<String>) -> ReadError {
        ReadError(Box::new(Problem {
            syntax: false,
            path: Vec::new(),
            what: what.into(),
        }))
    }

    pub fn expected(what: &str) -> ReadError {
        ReadError::shape(format!("expected {what}"))
    }

    fn syntax(at: usize) -> ReadError {
        ReadError(Box::new(Problem {
            syntax: true,
            path: Vec::new(),
            what: format!("not valid JSON at byte {at}"),
        }))
    }

    /// Not JSON (or cut off), as opposed to JSON of the wrong shape.
    pub fn is_syntax(&self) -> bool {
        self.0.syntax
    }

    /// Adds the key or position the error happened under.
    pub fn within(mut self, step: impl Into<String>) -> ReadError {
        if !self.0.syntax {
            self.0.path.push(step.into());
        }
        self
    }

    /// "rejections.3.details.company: expected text"
    pub fn describe(&self) -> String {
        let path: Vec<&str> = self.0.path.iter().rev().map(String::as_str).collect();
        if path.is_empty() {
            self.0.what.clone()
        } else {
            format!("{}: {}", path.join("."), self.0.what)
        }
    }
}

/// A number as written: whole numbers stay exact.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Number {
    Whole(u64),
    Other(f64),
}

impl Number {
    pub fn as_f64(self) -> f64 {
        match self {
            Number::Whole(n) => n as f64,
            Number::Other(x) => x,
        }
    }
}

/// What the next value is, without reading it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Object,
    Array,
    Text,
    Number,
    Bool,
    Null,
}

pub struct Reader<'a> {
    text: &'a str,
    at: usize,
    /// No key read yet in the object begun last (see `next_key`).
    first: bool,
}

impl<'a> Reader<'a> {
    pub fn new(text: &'a str) -> Reader<'a> {
        Reader {
            text,
            at: 0,
            first: false,
        }
    }

    fn bytes(&self) -> &'a [u8] {
        self.text.as_bytes()
    }

    fn error(&self) -> ReadError {
        ReadError::syntax(self.at)
    }

    fn skip_space(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.bytes().get(self.at) {
            self.at += 1;
        }
    }

    fn peek(&mut self) -> Option<u8> {
        self.skip_space();
        self.bytes().get(self.at).copied()
    }

    /// Consumes `byte` if it comes next.
    fn eat(&mut self, byte: u8) -> bool {
        if self.peek() == Some(byte) {
            self.at += 1;
            true
        } else {
            false
        }
    }

    fn expect(&mut self, byte: u8) -> Result<(), ReadError> {
        if self.eat(byte) {
            Ok(())
        } else {
            Err(self.error())
        }
    }

    /// The kind of the next value; a syntax error if none can start here.
    pub fn kind(&mut self) -> Result<Kind, ReadError> {
        match self.peek() {
            Some(b'{') => Ok(Kind::Object),
            Some(b'[') => Ok(Kind::Array),
            Some(b'"') => Ok(Kind::Text),
            Some(b'-' | b'0'..=b'9') => Ok(Kind::Number),
            Some(b't' | b'f') => Ok(Kind::Bool),
            Some(b'n') => Ok(Kind::Null),
            _ => Err(self.error()),
        }
    }

    /// The end of the text: only whitespace may follow the value.
    pub fn finish(mut self) -> Result<(), ReadError> {
        match self.peek() {
            None => Ok(()),
            Some(_) => Err(self.error()),
        }
    }

    /// Starts reading an object: call [`Reader::next_key`] until it says the
    /// object has ended, reading (or skipping) each key's value in between.
    pub fn begin_object(&mut self) -> Result<(), ReadError> {
        self.expect(b'{')?;
        self.first = true;
        Ok(())
    }

    /// The next key of the object being read, or `None` at its end.
    pub fn next_key(&mut self) -> Result<Option<Cow<'a, str>>, ReadError> {
        if self.eat(b'}') {
            // An empty object must not leave its "first" to the one around it.
            self.first = false;
            return Ok(None);
        }
        if !std::mem::take(&mut self.first) {
            self.expect(b',')?;
        }
        if self.peek() != Some(b'"') {
            return Err(self.error());
        }
        let key = self.text()?;
        self.expect(b':')?;
        Ok(Some(key))
    }

    /// Reads an array, calling `item` with each position; `item` must read the
    /// value there.
    pub fn array(
        &mut self,
        mut item: impl FnMut(&mut Self, usize) -> Result<(), ReadError>,
    ) -> Result<(), ReadError> {
        self.expect(b'[')?;
        if self.eat(b']') {
            return Ok(());
        }
        let mut index = 0;
        loop {
            item(self, index)?;
            index += 1;
            if self.eat(b']') {
                return Ok(());
            }
            self.expect(b',')?;
        }
    }

    /// A string value, borrowed from the text unless it has escapes.
    pub fn text(&mut self) -> Result<Cow<'a, str>, ReadError> {
        self.expect(b'"')?;
        let bytes = self.bytes();
        // Escapes force a copy; until the first one, the text is borrowed.
        let mut owned: Option<String> = None;
        let mut plain_from = self.at;
        loop {
            let Some(&byte) = bytes.get(self.at) else {
                return Err(self.error());
            };
            match byte {
                b'"' => {
                    let tail = &self.text[plain_from..self.at];
                    self.at += 1;
                    return Ok(match owned {
                        None => Cow::Borrowed(tail),
                        Some(mut text) => {
                            text.push_str(tail);
                            Cow::Owned(text)
                        }
                    });
                }
                b'\\' => {
                    let plain = &self.text[plain_from..self.at];
                    self.at += 1;
                    let escaped = self.escape()?;
                    let text = owned.get_or_insert_with(String::new);
                    text.push_str(plain);
                    text.push(escaped);
                    plain_from = self.at;
                }
                0..=0x1f => return Err(self.error()),
                _ => self.at += 1,
            }
        }
    }

    /// The character of an escape; `self.at` is just past the backslash and
    /// ends just past the escape.
    fn escape(&mut self) -> Result<char, ReadError> {
        let byte = self.bytes().get(self.at).copied();
        self.at += 1;
        Ok(match byte {
            Some(b'"') => '"',
            Some(b'\\') => '\\',
            Some(b'/') => '/',
            Some(b'b') => '\u{8}',
            Some(b'f') => '\u{c}',
            Some(b'n') => '\n',
            Some(b'r') => '\r',
            Some(b't') => '\t',
            Some(b'u') => {
                let first = self.hex4()?;
                let code = match first {
                    0xd800..=0xdbff => {
                        // A high surrogate must be followed by a low one.
                        if self.bytes().get(self.at..self.at + 2) != Some(b"\\u") {
                            return Err(self.error());
                        }
                        self.at += 2;
                        let second = self.hex4()?;
                        if !(0xdc00..=0xdfff).contains(&second) {
                            return Err(self.error());
                        }
                        0x10000 + ((first - 0xd800) << 10) + (second - 0xdc00)
                    }
                    0xdc00..=0xdfff => return Err(self.error()),
                    code => code,
                };
                char::from_u32(code).ok_or_else(|| self.error())?
            }
            _ => return Err(self.error()),
        })
    }

    fn hex4(&mut self) -> Result<u32, ReadError> {
        let digits = self
            .bytes()
            .get(self.at..self.at + 4)
            .ok_or_else(|| self.error())?;
        let mut code = 0;
        for &digit in digits {
            let value = match digit {
                b'0'..=b'9' => digit - b'0',
                b'a'..=b'f' => digit - b'a' + 10,
                b'A'..=b'F' => digit - b'A' + 10,
                _ => return Err(self.error()),
            };
            code = code * 16 + u32::from(value);
        }
        self.at += 4;
        Ok(code)
    }

    /// Consumes a run of ASCII digits, returning how many there were.
    fn digits(&mut self) -> usize {
        let start = self.at;
        while let Some(b'0'..=b'9') = self.bytes().get(self.at) {
            self.at += 1;
        }
        self.at - start
    }

    pub fn number(&mut self) -> Result<Number, ReadError> {
        self.skip_space();
        let start = self.at;
        let negative = self.bytes().get(self.at) == Some(&b'-');
        if negative {
            self.at += 1;
        }
        let int_start = self.at;
        match self.digits() {
            0 => return Err(self.error()),
            // No leading zeros: "0" alone, or "0.5", but not "01".
            n if n > 1 && self.bytes()[int_start] == b'0' => return Err(self.error()),
            _ => {}
        }
        let mut whole = true;
        if self.bytes().get(self.at) == Some(&b'.') {
            self.at += 1;
            whole = false;
            if self.digits() == 0 {
                return Err(self.error());
            }
        }
        if let Some(b'e' | b'E') = self.bytes().get(self.at) {
            self.at += 1;
            whole = false;
            if let Some(b'+' | b'-') = self.bytes().get(self.at) {
                self.at += 1;
            }
            if self.digits() == 0 {
                return Err(self.error());
            }
        }
        let written = &self.text[start..self.at];
        if whole && !negative {
            if let Ok(n) = written.parse::<u64>() {
                return Ok(Number::Whole(n));
            }
        }
        // Like serde_json, a number too large for a float is refused.
        match written.parse::<f64>() {
            Ok(x) if x.is_finite() => Ok(Number::Other(x)),
            _ => Err(self.error()),
        }
    }

    pub fn boolean(&mut self) -> Result<bool, ReadError> {
        if self.literal("true") {
            Ok(true)
        } else if self.literal("false") {
            Ok(false)
        } else {
            Err(self.error())
        }
    }

    /// Consumes `null` if it comes next.
    pub fn null(&mut self) -> bool {
        self.literal("null")
    }

    fn literal(&mut self, word: &str) -> bool {
        self.skip_space();
        if self.text[self.at..].starts_with(word) {
            self.at += word.len();
            true
        } else {
            false
        }
    }

    /// Skips one value of any kind and depth, checking that it is valid JSON.
    pub fn skip(&mut self) -> Result<(), ReadError> {
        // The open containers, innermost last: b'{' or b'['.
        let mut open: Vec<u8> = Vec::new();
        loop {
            // A value starts here.
            match self.kind()? {
                Kind::Object => {
                    self.at += 1;
                    if !self.eat(b'}') {
                        open.push(b'{');
                        self.key()?;
                        continue;
                    }
                }
                Kind::Array => {
                    self.at += 1;
                    if !self.eat(b']') {
                        open.push(b'[');
                        continue;
                    }
                }
                Kind::Text => {
                    self.text()?;
                }
                Kind::Number => {
                    self.number()?;
                }
                Kind::Bool => {
                    self.boolean()?;
                }
                Kind::Null => {
                    if !self.null() {
                        return Err(self.error());
                    }
                }
            }
            // A value ended: close what ends here, or go on after a comma.
            loop {
                let Some(&container) = open.last() else {
                    return Ok(());
                };
                if self.eat(b',') {
                    if container == b'{' {
                        self.key()?;
                    }
                    break;
                }
                self.expect(if container == b'{' { b'}' } else { b']' })?;
                open.pop();
            }
        }
    }

    /// An object key and its colon.
    fn key(&mut self) -> Result<(), ReadError> {
        if self.peek() != Some(b'"') {
            return Err(self.error());
        }
        self.text()?;
        self.expect(b':')
    }

    /// Checks that the whole text is one JSON value.
    pub fn skip_all(mut self) -> Result<(), ReadError> {
        self.skip()?;
        self.finish()
    }

    /// Skips one value and returns its text, to read later.
    pub fn raw(&mut self) -> Result<&'a str, ReadError> {
        self.skip_space();
        let start = self.at;
        self.skip()?;
        Ok(&self.text[start..self.at])
    }
}
