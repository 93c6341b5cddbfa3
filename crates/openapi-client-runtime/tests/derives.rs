//! The derives generated types use, exercised on hand-written types shaped
//! like generated ones: each case is JSON in, the value it decodes to, and
//! the JSON it encodes back to.

use std::collections::BTreeMap;

use openapi_client_runtime::{IntegerEnum, Object, RawFields, StringEnum, Tagged, Untagged};
use serde_json::json;

#[derive(Clone, Debug, PartialEq, Object)]
struct Pin {
    id: String,
    #[wire("altText")]
    alt_text: Option<Option<String>>,
    note: Option<String>,
    #[wire("board", required)]
    board_id: Option<String>,
    #[wire("type")]
    r#type: Option<Kind>,
    #[wire(rest)]
    rest: BTreeMap<String, i64>,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash, StringEnum)]
enum Kind {
    #[wire("pin")]
    Pin,
    #[wire("VIDEO_PIN")]
    VideoPin,
    #[wire(other)]
    Unknown(String),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, IntegerEnum)]
enum Window {
    #[wire(-1)]
    Never,
    #[wire(7)]
    Week,
    #[wire(other)]
    Unknown(i64),
}

#[derive(Clone, Debug, PartialEq, Object)]
struct Empty {}

#[derive(Clone, Debug, PartialEq, Object)]
struct Loose {
    name: Option<String>,
    #[wire(rest)]
    rest: RawFields,
}

#[derive(Clone, Debug, PartialEq, Untagged)]
enum Id {
    Number(i64),
    Text(String),
    Pin(Box<Pin>),
}

#[derive(Clone, Debug, PartialEq, Object)]
struct Code {
    grant_type: String,
    code: String,
}

#[derive(Clone, Debug, PartialEq, Tagged)]
#[wire(tag = "grant_type")]
enum Grant {
    #[wire("authorization_code")]
    Code(Code),
    #[wire("nested", as_is)]
    Nested(Box<Grant>),
    #[wire(other)]
    Other(Loose),
}

fn round_trip<T>(input: serde_json::Value, expected: &T, written: serde_json::Value)
where
    T: serde::Serialize + serde::de::DeserializeOwned + PartialEq + std::fmt::Debug,
{
    let value: T = serde_json::from_value(input.clone()).expect("decodes");
    assert_eq!(&value, expected, "decoding {input}");
    assert_eq!(
        serde_json::to_value(&value).expect("encodes"),
        written,
        "encoding {input}"
    );
}

fn pin() -> Pin {
    Pin {
        id: "1".into(),
        alt_text: None,
        note: None,
        board_id: None,
        r#type: None,
        rest: BTreeMap::new(),
    }
}

#[test]
fn objects_keep_absent_null_renames_and_the_rest() {
    let cases = [
        // Absent optionals stay absent; a required nullable is written.
        (
            json!({"id": "1", "board": null}),
            pin(),
            json!({"id": "1", "board": null}),
        ),
        (
            json!({"id": "1", "altText": null, "note": null, "board": "b"}),
            Pin {
                alt_text: Some(None),
                board_id: Some("b".into()),
                ..pin()
            },
            json!({"id": "1", "altText": null, "board": "b"}),
        ),
        (
            json!({"id": "1", "altText": "a", "board": null, "type": "VIDEO_PIN", "x": 2}),
            Pin {
                alt_text: Some(Some("a".into())),
                r#type: Some(Kind::VideoPin),
                rest: BTreeMap::from([("x".into(), 2)]),
                ..pin()
            },
            json!({"id": "1", "altText": "a", "board": null, "type": "VIDEO_PIN", "x": 2}),
        ),
    ];
    for (input, expected, written) in cases {
        round_trip(input, &expected, written);
    }
}

#[test]
fn objects_report_the_field_that_fails() {
    let cases = [
        (json!({}), "missing field `id`"),
        // Required and nullable: `null` is fine, absent is not.
        (json!({"id": "1"}), "missing field `board`"),
        (
            json!({"id": 1}),
            "field `id`: invalid type: integer `1`, expected a string",
        ),
        (
            json!({"id": "1", "board": null, "x": "two"}),
            "field `x`: invalid type: string \"two\", expected i64",
        ),
        (json!([]), "invalid type: sequence, expected a JSON object"),
    ];
    for (input, message) in cases {
        let error = serde_json::from_value::<Pin>(input.clone()).expect_err("fails");
        assert_eq!(error.to_string(), message, "{input}");
    }
}

#[test]
fn objects_without_fields_are_still_objects() {
    round_trip(json!({"a": 1}), &Empty {}, json!({}));
    assert!(serde_json::from_value::<Empty>(json!("text")).is_err());
    let loose: Loose =
        serde_json::from_value(json!({"name": "n", "secret": "s"})).expect("decodes");
    assert_eq!(loose.rest.get("secret"), Some(&json!("s")));
    assert_eq!(
        format!("{:?}", loose.rest),
        r#"{"secret"}"#,
        "values never reach Debug"
    );
    assert_eq!(
        serde_json::to_value(&loose).expect("encodes"),
        json!({"name": "n", "secret": "s"})
    );
}

#[test]
fn string_enums_keep_unknown_values() {
    let cases = [
        ("pin", Kind::Pin),
        ("VIDEO_PIN", Kind::VideoPin),
        ("video_pin", Kind::Unknown("video_pin".into())),
        ("", Kind::Unknown(String::new())),
    ];
    for (text, kind) in cases {
        round_trip(json!(text), &kind, json!(text));
        assert_eq!(Kind::from(text), kind);
        assert_eq!(kind.as_str(), text);
        assert_eq!(kind.to_string(), text);
    }
    assert!(serde_json::from_value::<Kind>(json!(1)).is_err());
}

#[test]
fn integer_enums_keep_unknown_values() {
    let cases = [
        (-1, Window::Never),
        (7, Window::Week),
        (8, Window::Unknown(8)),
    ];
    for (number, window) in cases {
        round_trip(json!(number), &window, json!(number));
        assert_eq!(Window::from(number), window);
        assert_eq!(window.value(), number);
    }
    assert!(serde_json::from_value::<Window>(json!("7")).is_err());
}

#[test]
fn untagged_unions_take_the_first_alternative_that_fits() {
    round_trip(json!(5), &Id::Number(5), json!(5));
    round_trip(json!("5"), &Id::Text("5".into()), json!("5"));
    round_trip(
        json!({"id": "1", "board": "b"}),
        &Id::Pin(Box::new(Pin {
            board_id: Some("b".into()),
            ..pin()
        })),
        json!({"id": "1", "board": "b"}),
    );
    let error = serde_json::from_value::<Id>(json!(true)).expect_err("fits none");
    assert_eq!(
        error.to_string(),
        "the value fits none of the alternatives of `Id`"
    );
}

#[test]
fn tagged_unions_dispatch_on_the_tag_and_write_it_once() {
    let code = Code {
        grant_type: "ignored".into(),
        code: "c".into(),
    };
    let value = Grant::Code(code);
    assert_eq!(
        serde_json::to_string(&value).expect("encodes"),
        r#"{"grant_type":"authorization_code","code":"c"}"#,
        "the union's tag wins over the variant's own field, and comes first"
    );
    let decoded: Grant =
        serde_json::from_value(json!({"grant_type": "authorization_code", "code": "c"}))
            .expect("decodes");
    assert!(matches!(decoded, Grant::Code(Code { ref code, .. }) if code == "c"));
    let other: Grant = serde_json::from_value(json!({"grant_type": "refresh_token", "name": "n"}))
        .expect("decodes");
    assert!(matches!(other, Grant::Other(Loose { ref name, .. }) if name.as_deref() == Some("n")));
    let untagged: Grant = serde_json::from_value(json!({"name": "n"})).expect("decodes");
    assert!(matches!(untagged, Grant::Other(_)));
    let error = serde_json::from_value::<Grant>(json!({"grant_type": "authorization_code"}))
        .expect_err("a known tag with a broken body");
    assert_eq!(
        error.to_string(),
        "`grant_type` is `authorization_code`, but missing field `code`"
    );
    // A variant written as it is keeps whatever its value writes.
    let nested = Grant::Nested(Box::new(Grant::Other(Loose {
        name: Some("n".into()),
        rest: RawFields::default(),
    })));
    assert_eq!(
        serde_json::to_value(&nested).expect("encodes"),
        json!({"name": "n"})
    );
}

/// A union whose variants hold the union again, for reading tags wherever
/// they come in the object.
#[derive(Clone, Debug, PartialEq, Tagged)]
#[wire(tag = "kind")]
enum Shape {
    #[wire("group")]
    Group(Group),
    #[wire("dot")]
    Dot(Dot),
    #[wire(other)]
    Other(Loose),
}

#[derive(Clone, Debug, PartialEq, Object)]
#[wire(tag = "kind", "group")]
struct Group {
    name: String,
    inner: Box<Shape>,
    #[wire(rest)]
    rest: RawFields,
}

#[derive(Clone, Debug, PartialEq, Object)]
#[wire(tag = "kind", "dot")]
struct Dot {
    size: Option<i64>,
}

#[test]
fn tagged_unions_read_the_tag_wherever_it_comes() {
    let dot = || Box::new(Shape::Dot(Dot { size: Some(2) }));
    let group = |inner| {
        Shape::Group(Group {
            name: "g".into(),
            inner,
            rest: RawFields::default(),
        })
    };
    // Text, not `Value`: these keep their order. The tag first, last, in
    // the middle, and a tag-last union inside a field held back before
    // an outer tag.
    let cases = [
        r#"{"kind":"group","name":"g","inner":{"kind":"dot","size":2}}"#,
        r#"{"name":"g","inner":{"size":2,"kind":"dot"},"kind":"group"}"#,
        r#"{"inner":{"size":2,"kind":"dot"},"kind":"group","name":"g"}"#,
        r#"{"inner":{"name":"g","inner":{"size":2,"kind":"dot"},"kind":"group"},"name":"g","kind":"group"}"#,
    ];
    for (index, text) in cases.iter().enumerate() {
        let expected = if index == 3 {
            group(Box::new(group(dot())))
        } else {
            group(dot())
        };
        let decoded: Shape = serde_json::from_str(text).expect(text);
        assert_eq!(decoded, expected, "{text}");
    }
    // An unknown tag, a non-string one, none: every field is kept, held
    // back or not.
    let cases = [
        (
            r#"{"size":1,"kind":"square","name":"n"}"#,
            json!({"size": 1, "kind": "square"}),
        ),
        (
            r#"{"kind":7,"name":"n","deep":{"a":[1]}}"#,
            json!({"kind": 7, "deep": {"a": [1]}}),
        ),
        (
            r#"{"name":"n","deep":{"a":[1]}}"#,
            json!({"deep": {"a": [1]}}),
        ),
    ];
    for (text, rest) in cases {
        let Shape::Other(other) = serde_json::from_str(text).expect(text) else {
            panic!("{text} names no variant");
        };
        assert_eq!(other.name.as_deref(), Some("n"), "{text}");
        assert_eq!(
            serde_json::to_value(&other.rest).expect("encodes"),
            rest,
            "{text}"
        );
    }
    // Unlisted fields held back before the tag are kept by the variant.
    let decoded: Shape = serde_json::from_str(
        r#"{"extra":[true],"name":"g","kind":"group","inner":{"kind":"dot"}}"#,
    )
    .expect("decodes");
    let Shape::Group(group) = decoded else {
        panic!("a group");
    };
    assert_eq!(group.rest.get("extra"), Some(&json!([true])));
    // Errors name the tag and the path, held back or not.
    let cases = [
        (
            r#"{"kind":"group","name":"g","inner":{"kind":"dot","size":"x"}}"#,
            "`kind` is `group`, but field `inner`: `kind` is `dot`, but field `size`: invalid type: string \"x\", expected i64",
        ),
        (
            r#"{"inner":{"size":"x","kind":"dot"},"kind":"group","name":"g"}"#,
            "`kind` is `group`, but field `inner`: `kind` is `dot`, but field `size`: invalid type: string \"x\", expected i64",
        ),
        (
            r#"{"kind":"group","name":"g"}"#,
            "`kind` is `group`, but missing field `inner`",
        ),
    ];
    for (text, expected) in cases {
        let error = serde_json::from_str::<Shape>(text)
            .expect_err(text)
            .to_string();
        assert!(error.starts_with(expected), "{text}: {error}");
    }
}
