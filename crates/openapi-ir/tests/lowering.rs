//! Lowering, case by case: small specs in, the IR (or the error) out.

use openapi_ir::{
    Answer, Api, Error, Field, ResponseBody, SecurityKind, TypeDef, TypeKind, TypeRef, load,
};

/// A spec with these `components/schemas` and `paths`.
fn spec(schemas: &str, paths: &str) -> String {
    let indent = |text: &str, by: usize| {
        text.lines()
            .map(|l| format!("{}{l}\n", " ".repeat(by)))
            .collect::<String>()
    };
    format!(
        "openapi: 3.0.3\ninfo: {{title: t, version: '1'}}\npaths:\n{}components:\n  schemas:\n{}",
        if paths.is_empty() {
            "  {}\n".to_owned()
        } else {
            indent(paths, 2)
        },
        indent(schemas, 4),
    )
}

fn lowered(schemas: &str) -> Api {
    load(&spec(schemas, "")).unwrap_or_else(|error| panic!("lowers: {error}"))
}

fn named<'a>(api: &'a Api, name: &str) -> &'a TypeDef {
    api.types
        .iter()
        .find(|t| t.name == name)
        .unwrap_or_else(|| {
            let names: Vec<_> = api.types.iter().map(|t| &t.name).collect();
            panic!("no type {name}; have {names:?}")
        })
}

fn fields<'a>(api: &'a Api, name: &str) -> &'a [Field] {
    match &named(api, name).kind {
        TypeKind::Struct(s) => &s.fields,
        other => panic!("{name} is not a struct: {other:?}"),
    }
}

/// (wire name, required) of each field, in order.
fn shape(api: &Api, name: &str) -> Vec<(String, bool)> {
    fields(api, name)
        .iter()
        .map(|f| (f.api_name.clone(), f.required))
        .collect()
}

fn field_type<'a>(api: &'a Api, name: &str, field: &str) -> &'a TypeRef {
    &fields(api, name)
        .iter()
        .find(|f| f.api_name == field)
        .expect("field exists")
        .ty
}

#[test]
fn all_of_merges_own_ref_and_inline_members_with_required_from_all() {
    let api = lowered(
        "Base:
  type: object
  required: [id]
  properties: {id: {type: string}, note: {type: string}}
Child:
  type: object
  required: [extra]
  properties: {own: {type: boolean}}
  allOf:
    - $ref: '#/components/schemas/Base'
    - type: object
      required: [note]
      properties: {extra: {type: integer}}",
    );
    assert_eq!(
        shape(&api, "Child"),
        [
            ("own".into(), false),
            ("id".into(), true),
            ("note".into(), true),
            ("extra".into(), true)
        ]
    );
    // Merging does not change the member itself.
    assert_eq!(
        shape(&api, "Base"),
        [("id".into(), true), ("note".into(), false)]
    );
}

#[test]
fn all_of_with_a_single_ref_is_an_alias_not_a_copy() {
    let api = lowered(
        "Base: {type: object, properties: {id: {type: string}}}
Wrapper: {allOf: [{$ref: '#/components/schemas/Base'}]}
Holder:
  type: object
  properties:
    wrapped: {allOf: [{$ref: '#/components/schemas/Base'}]}
    annotated: {allOf: [{$ref: '#/components/schemas/Base'}, {default: {id: x}, description: d}]}",
    );
    let base = api
        .types
        .iter()
        .position(|t| t.name == "Base")
        .expect("Base");
    assert_eq!(
        named(&api, "Wrapper").kind,
        TypeKind::Alias(TypeRef::Named(openapi_ir::TypeId(base)))
    );
    assert_eq!(
        field_type(&api, "Holder", "wrapped"),
        &TypeRef::Named(openapi_ir::TypeId(base))
    );
}

#[test]
fn discriminator_mapping_without_one_of_becomes_a_union() {
    let api = lowered(
        "Pet:
  type: object
  required: [kind, name]
  properties: {kind: {type: string, enum: [cat, dog]}, name: {type: string}}
  discriminator:
    propertyName: kind
    mapping: {cat: '#/components/schemas/Cat', dog: Dog}
Cat: {type: object, properties: {kind: {type: string}, lives: {type: integer}}}
Dog: {type: object, properties: {kind: {type: string}, good: {type: boolean}}}",
    );
    let TypeKind::TaggedUnion(union) = &named(&api, "Pet").kind else {
        panic!("Pet is a union")
    };
    assert_eq!(union.tag, "kind");
    let variants: Vec<_> = union
        .variants
        .iter()
        .map(|v| {
            (
                v.name.as_str(),
                v.tag_value.as_str(),
                api.type_def(v.ty).name.as_str(),
            )
        })
        .collect();
    assert_eq!(variants, [("Cat", "cat", "Cat"), ("Dog", "dog", "Dog")]);
    // The union owns the tag: the variants do not repeat it.
    assert_eq!(shape(&api, "Cat"), [("lives".into(), false)]);
    // The fallback keeps the shared fields; its tag is optional text.
    assert_eq!(api.type_def(union.fallback).name, "PetUnknown");
    assert_eq!(
        shape(&api, "PetUnknown"),
        [("kind".into(), false), ("name".into(), true)]
    );
    assert_eq!(field_type(&api, "PetUnknown", "kind"), &TypeRef::String);
    let TypeKind::Struct(fallback) = &api.type_def(union.fallback).kind else {
        panic!("struct")
    };
    assert_eq!(fallback.additional, Some(TypeRef::Json));
}

#[test]
fn mapping_to_a_missing_schema_names_the_mapping_entry() {
    let error = load(&spec(
        "Pet:
  type: object
  properties: {kind: {type: string}}
  discriminator: {propertyName: kind, mapping: {cat: '#/components/schemas/Kat'}}",
        "",
    ))
    .unwrap_err();
    let Error::UnresolvedRef {
        pointer, reference, ..
    } = &error
    else {
        panic!("{error:?}")
    };
    assert_eq!(
        pointer,
        "#/components/schemas/Pet/discriminator/mapping/cat"
    );
    assert_eq!(reference, "Kat");
}

#[test]
fn scalar_types_follow_type_and_format() {
    let api = lowered(
        "S:
  type: object
  properties:
    a: {type: integer}
    b: {type: integer, format: int32}
    c: {type: integer, format: int64}
    d: {type: number}
    e: {type: number, format: float}
    f: {type: boolean}
    g: {type: string, format: date-time}
    h: {type: array, items: {type: string}}
    i: {type: object, additionalProperties: {type: integer}}
    j: {type: object}
    k: {type: string, nullable: true}
    l: {}
    m: {type: string, format: date}
    n: {type: string, format: uuid}
    o: {type: string, format: byte}
    p: {type: string, format: binary}
    q: {type: string, format: email}
    r: {type: integer, format: uint32}
    s: {type: integer, format: uint64}
    t: {format: date-time}
    u: {items: {type: integer}}
    v: {format: int32}
    w: {format: double}",
    );
    let expected = [
        ("a", TypeRef::I64),
        ("b", TypeRef::I32),
        ("c", TypeRef::I64),
        ("d", TypeRef::F64),
        // `float` keeps every digit the server sent.
        ("e", TypeRef::F64),
        ("f", TypeRef::Bool),
        ("g", TypeRef::DateTime),
        ("h", TypeRef::List(Box::new(TypeRef::String))),
        ("i", TypeRef::Map(Box::new(TypeRef::I64))),
        ("j", TypeRef::Json),
        ("k", TypeRef::Nullable(Box::new(TypeRef::String))),
        ("l", TypeRef::Json),
        ("m", TypeRef::Date),
        ("n", TypeRef::Uuid),
        ("o", TypeRef::Base64),
        // Binary inside JSON has no better form than its text.
        ("p", TypeRef::String),
        ("q", TypeRef::String),
        ("r", TypeRef::U32),
        ("s", TypeRef::U64),
        // No `type`, but a format or `items` that says what it is.
        ("t", TypeRef::DateTime),
        ("u", TypeRef::List(Box::new(TypeRef::I64))),
        ("v", TypeRef::I32),
        ("w", TypeRef::F64),
    ];
    for (field, ty) in expected {
        assert_eq!(field_type(&api, "S", field), &ty, "field {field}");
    }
}

#[test]
fn credentials_are_secret_strings() {
    let api = lowered(
        "S:
  type: object
  properties:
    access_token: {type: string}
    refresh_token: {type: string, nullable: true}
    client_secret: {type: string}
    password: {type: string}
    token_type: {type: string}
    refresh_token_expires_in: {type: integer}
    username: {type: string}",
    );
    let secret = |field: &str| match field_type(&api, "S", field) {
        TypeRef::SecretString => true,
        TypeRef::Nullable(inner) => **inner == TypeRef::SecretString,
        _ => false,
    };
    for field in ["access_token", "refresh_token", "client_secret", "password"] {
        assert!(secret(field), "{field} is a credential");
    }
    for field in ["token_type", "refresh_token_expires_in", "username"] {
        assert!(!secret(field), "{field} is not a credential");
    }
}

#[test]
fn inline_names_never_take_a_component_name() {
    let api = lowered(
        "Label:
  type: object
  properties:
    parent_type: {type: string, enum: [board, pin]}
LabelParentType: {type: string, enum: [x]}",
    );
    let TypeRef::Named(inline) = field_type(&api, "Label", "parent_type") else {
        panic!("named")
    };
    assert_eq!(api.type_def(*inline).name, "LabelParentType2");
    let TypeKind::StringEnum(component) = &named(&api, "LabelParentType").kind else {
        panic!("enum")
    };
    assert_eq!(component.variants[0].api_name, "x");
}

#[test]
fn names_are_sanitized_and_made_unique() {
    let api = lowered(
        "type: {type: object, properties: {self: {type: string}, '1st': {type: string}, 'a-b': {type: string}, a_b: {type: string}}}
Type_: {type: string}",
    );
    // Components claim names in sorted order: `Type_` before `type`.
    let types: Vec<_> = api
        .types
        .iter()
        .map(|t| (t.name.as_str(), t.api_name.as_str()))
        .collect();
    assert_eq!(types, [("Type", "Type_"), ("Type2", "type")]);
    let names: Vec<_> = fields(&api, "Type2")
        .iter()
        .map(|f| (f.name.as_str(), f.api_name.as_str()))
        .collect();
    // Fields keep the spec's order, and the first to want a name gets it.
    assert_eq!(
        names,
        [
            ("self_", "self"),
            ("_1st", "1st"),
            ("a_b", "a-b"),
            ("a_b_2", "a_b")
        ]
    );
}

#[test]
fn the_arena_is_sorted_by_name_and_ids_follow() {
    let api = lowered(
        "Zed: {type: object, properties: {a: {$ref: '#/components/schemas/Alpha'}}}
Alpha: {type: object, properties: {inner: {type: object, properties: {x: {type: string}}}}}",
    );
    let names: Vec<_> = api.types.iter().map(|t| t.name.as_str()).collect();
    assert_eq!(names, ["Alpha", "AlphaInner", "Zed"]);
    let TypeRef::Named(id) = field_type(&api, "Zed", "a") else {
        panic!("named")
    };
    assert_eq!(api.type_def(*id).name, "Alpha");
}

#[test]
fn all_of_cycle_is_an_error_not_a_hang() {
    let error = load(&spec(
        "A: {allOf: [{$ref: '#/components/schemas/B'}, {type: object, properties: {a: {type: string}}}]}
B: {allOf: [{$ref: '#/components/schemas/A'}, {type: object, properties: {b: {type: string}}}]}",
        "",
    ))
    .unwrap_err();
    assert!(
        error.to_string().contains("includes this schema again"),
        "{error}"
    );
}

const OPERATION: &str = "responses:
  '200':
    description: ok
    content:
      application/json:
        schema: {$ref: '#/components/schemas/Thing'}
  default:
    description: failed
    content:
      application/json:
        schema: {$ref: '#/components/schemas/Problem'}";

const THING_AND_PROBLEM: &str = "Thing: {type: object, properties: {a: {type: string}}}
Problem: {type: object, properties: {code: {type: integer}}}";

fn operation_at(path: &str, method: &str, operation_id: &str) -> String {
    let body: String = OPERATION.lines().map(|l| format!("    {l}\n")).collect();
    format!("{path}:\n  {method}:\n    operationId: {operation_id}\n{body}")
}

#[test]
fn operations_get_sanitized_sorted_names_and_typed_outcomes() {
    let paths = format!(
        "{}{}",
        operation_at("/z", "get", "pins/list"),
        operation_at("/a", "post", "ad_accounts/create")
    );
    let api = load(&spec(THING_AND_PROBLEM, &paths)).expect("lowers");
    let names: Vec<_> = api
        .operations
        .iter()
        .map(|o| (o.name.as_str(), o.api_name.as_str()))
        .collect();
    assert_eq!(
        names,
        [
            ("ad_accounts_create", "ad_accounts/create"),
            ("pins_list", "pins/list")
        ]
    );
    let operation = &api.operations[1];
    assert_eq!(operation.pointer, "#/paths/~1z/get");
    let name_of = |answer: Option<&Answer>| match answer {
        Some(Answer::Body(ResponseBody {
            ty: TypeRef::Named(id),
            ..
        })) => api.type_def(*id).name.clone(),
        other => format!("{other:?}"),
    };
    assert_eq!(name_of(operation.success.as_ref()), "Thing");
    assert_eq!(name_of(operation.error.as_ref()), "Problem");
}

#[test]
fn duplicate_operation_ids_are_refused_naming_both() {
    let paths = format!(
        "{}{}",
        operation_at("/a", "get", "same"),
        operation_at("/b", "get", "same")
    );
    let error = load(&spec(THING_AND_PROBLEM, &paths)).unwrap_err();
    let Error::DuplicateOperationId { pointer, first, .. } = &error else {
        panic!("{error:?}")
    };
    assert_eq!(
        (first.as_str(), pointer.as_str()),
        ("#/paths/~1a/get", "#/paths/~1b/get")
    );
}

#[test]
fn security_names_schemes_and_refuses_undefined_ones() {
    let text = spec(THING_AND_PROBLEM, &operation_at("/a", "get", "a"))
        .replace("paths:\n", "security: [{basic: []}]\npaths:\n")
        + "  securitySchemes:\n    basic: {type: http, scheme: basic}\n    oauth: {type: oauth2, flows: {}}\n";
    let api = load(&text).expect("lowers");
    assert_eq!(api.operations[0].security, [vec!["basic".to_owned()]]);
    let kinds: Vec<_> = api
        .security_schemes
        .iter()
        .map(|s| (s.api_name.as_str(), &s.kind))
        .collect();
    assert_eq!(
        kinds,
        [
            ("basic", &SecurityKind::Basic),
            ("oauth", &SecurityKind::Bearer)
        ]
    );

    let undefined = text.replace("security: [{basic: []}]", "security: [{nope: []}]");
    let error = load(&undefined).unwrap_err();
    assert!(
        error.to_string().contains("#/paths/~1a/get/security/0"),
        "{error}"
    );
    assert!(error.to_string().contains("`nope`"), "{error}");
}

#[test]
fn unsupported_constructs_degrade_with_a_warning_naming_the_place() {
    // `oneOf` beside properties, with nothing to tell the alternatives by.
    let api = lowered(
        "A: {type: object, properties: {k: {type: string}}}
S:
  type: object
  properties:
    either:
      properties: {shared: {type: string}}
      oneOf: [{$ref: '#/components/schemas/A'}, {type: object, properties: {k: {type: string}}}]",
    );
    assert_eq!(field_type(&api, "S", "either"), &TypeRef::Json);
    assert_eq!(api.warnings.len(), 1);
    assert_eq!(
        api.warnings[0].pointer,
        "#/components/schemas/S/properties/either"
    );
}

#[test]
fn an_inline_discriminator_is_a_tagged_union_with_the_shared_properties() {
    let api = lowered(
        "A: {type: object, required: [k], properties: {k: {type: string}, a: {type: integer}}}
B: {type: object, properties: {k: {type: string}, b: {type: integer}}}
S:
  type: object
  properties:
    either:
      properties: {shared: {type: string}}
      oneOf: [{$ref: '#/components/schemas/A'}, {$ref: '#/components/schemas/B'}]
      discriminator: {propertyName: k, mapping: {first: '#/components/schemas/A'}}",
    );
    assert!(api.warnings.is_empty(), "{:?}", api.warnings);
    let TypeRef::Named(id) = field_type(&api, "S", "either") else {
        panic!("either is a named type")
    };
    let TypeKind::TaggedUnion(union) = &api.type_def(*id).kind else {
        panic!("either is a tagged union")
    };
    let variants: Vec<(&str, &str)> = union
        .variants
        .iter()
        .map(|v| (v.tag_value.as_str(), api.type_def(v.ty).name.as_str()))
        .collect();
    // Mapped values first, then unmapped references by component name.
    assert_eq!(variants, [("first", "A"), ("B", "B")]);
    let fallback: Vec<&str> = fields(&api, &api.type_def(union.fallback).name)
        .iter()
        .map(|f| f.api_name.as_str())
        .collect();
    assert_eq!(fallback, ["k", "shared"]);
}

#[test]
fn one_of_without_discriminator_is_an_untagged_union() {
    let api = lowered(
        "A: {type: object, properties: {a: {type: string}}}
U:
  oneOf:
    - {}
    - $ref: '#/components/schemas/A'
    - {type: string}
    - {type: string, format: email}
    - {type: array, items: {type: integer}}",
    );
    let TypeKind::UntaggedUnion(union) = &named(&api, "U").kind else {
        panic!("U is an untagged union")
    };
    let variants: Vec<_> = union.variants.iter().map(|v| v.name.as_str()).collect();
    // Repeats dropped; an object with no required field fits any object,
    // so it goes after the others; the catch-all last.
    assert_eq!(variants, ["IntegerList", "String", "A", "Other"]);
    assert!(api.warnings.is_empty(), "{:?}", api.warnings);
}

#[test]
fn ref_cycles_through_aliases_only_are_refused_and_through_arrays_degrade() {
    let refused = [
        (
            "A: {$ref: '#/components/schemas/B'}\nB: {$ref: '#/components/schemas/A'}",
            "#/components/schemas/A: `$ref` cycle through aliases only (A → B → A)",
        ),
        (
            "C: {allOf: [{$ref: '#/components/schemas/C'}]}",
            "#/components/schemas/C: `$ref` cycle through aliases only (C → C)",
        ),
        (
            "N: {nullable: true, allOf: [{$ref: '#/components/schemas/M'}]}\nM: {$ref: '#/components/schemas/N'}",
            "#/components/schemas/M: `$ref` cycle through aliases only (M → N → M)",
        ),
    ];
    for (schemas, expected) in refused {
        let error = load(&spec(schemas, "")).unwrap_err();
        assert!(matches!(error, Error::RefCycle { .. }), "{error:?}");
        assert!(error.to_string().starts_with(expected), "{error}");
    }

    let api = lowered(
        "D: {type: array, items: {$ref: '#/components/schemas/D'}}
E: {type: object, additionalProperties: {$ref: '#/components/schemas/F'}}
F: {$ref: '#/components/schemas/E'}
Tree: {type: object, properties: {children: {type: array, items: {$ref: '#/components/schemas/Tree'}}}}",
    );
    assert_eq!(named(&api, "D").kind, TypeKind::Alias(TypeRef::Json));
    // A struct in the cycle gives it a name, so nothing degrades there.
    assert!(matches!(named(&api, "Tree").kind, TypeKind::Struct(_)));
    let pointers: Vec<_> = api.warnings.iter().map(|w| w.pointer.as_str()).collect();
    assert_eq!(
        pointers,
        ["#/components/schemas/D", "#/components/schemas/E"],
        "{:?}",
        api.warnings
    );
}

#[test]
fn path_templates_and_path_parameters_must_match() {
    let get = |path: &str, parameters: &str| {
        spec(
            "Unused: {type: string}",
            &format!(
                "'{path}':
  parameters: [{{name: shared, in: query, schema: {{type: string}}}}]
  get:
    operationId: op
    parameters: {parameters}
    responses: {{'204': {{description: ok}}}}"
            ),
        )
    };
    let cases = [
        (
            get("/things/{id}", "[]"),
            "#/paths/~1things~1{id}/get/parameters: path template `/things/{id}` names `{id}`, but no path parameter `id` is declared",
        ),
        (
            get(
                "/things",
                "[{name: id, in: path, required: true, schema: {type: string}}]",
            ),
            "#/paths/~1things/get/parameters: path parameter `id` is declared, but path template `/things` has no `{id}`",
        ),
        (
            get("/things/{id", "[]"),
            "#/paths/~1things~1{id/get: path template `/things/{id` opens a `{` it never closes",
        ),
        (
            get(
                "/things",
                "[{name: q, in: query, schema: {type: string}}, {name: q, in: query, schema: {type: integer}}]",
            ),
            "#/paths/~1things/get/parameters/1: parameter `q` in query is already declared at #/paths/~1things/get/parameters/0",
        ),
    ];
    for (text, expected) in cases {
        let error = load(&text).unwrap_err();
        assert!(error.to_string().starts_with(expected), "{error}");
    }

    // The same name in another location, or an operation's parameter
    // overriding the path item's, is fine.
    let api = load(&get(
        "/things/{id}",
        "[{name: id, in: path, required: true, schema: {type: integer}}, {name: id, in: query, schema: {type: string}}, {name: shared, in: query, schema: {type: integer}}]",
    ))
    .unwrap_or_else(|error| panic!("{error}"));
    let parameters: Vec<_> = api.operations[0]
        .parameters
        .iter()
        .map(|p| (p.api_name.as_str(), p.location.as_str(), &p.ty))
        .collect();
    assert_eq!(
        parameters,
        [
            ("id", "path", &TypeRef::I64),
            ("id", "query", &TypeRef::String),
            ("shared", "query", &TypeRef::I64),
        ]
    );
}

#[test]
fn wire_names_over_a_kilobyte_degrade_with_a_warning() {
    // YAML caps implicit keys at 1,024 characters: explicit `? key` ones.
    let long = "x".repeat(1025);
    let api = lowered(&format!(
        "S:
  type: object
  properties:
    ? {long}
    : {{type: string}}
    ok: {{type: string}}
E:
  type: string
  enum:
    - {long}
    - short"
    ));
    assert_eq!(shape(&api, "S"), [("ok".to_owned(), false)]);
    match &named(&api, "E").kind {
        TypeKind::StringEnum(e) => {
            let values: Vec<_> = e.variants.iter().map(|v| v.api_name.as_str()).collect();
            assert_eq!(values, ["short"]);
        }
        other => panic!("E is not an enum: {other:?}"),
    }
    let pointers: Vec<_> = api.warnings.iter().map(|w| w.pointer.clone()).collect();
    assert_eq!(
        pointers,
        [
            "#/components/schemas/E".to_owned(),
            format!("#/components/schemas/S/properties/{long}")
        ]
    );
    // A kilobyte exactly is still typed.
    let api = lowered(&format!(
        "T:\n  type: object\n  properties:\n    ? {}\n    : {{type: string}}",
        "y".repeat(1024)
    ));
    assert_eq!(fields(&api, "T").len(), 1);
    assert!(api.warnings.is_empty());
}

#[test]
fn answers_are_one_body_when_statuses_agree_and_a_status_union_when_not() {
    let schemas = "A: {type: object, properties: {a: {type: string}}}\nB: {type: object, properties: {b: {type: string}}}";
    let json = |name: &str| {
        format!(
            "{{description: d, content: {{application/json: {{schema: {{$ref: '#/components/schemas/{name}'}}}}}}}}"
        )
    };
    let bodiless = "{description: d}";
    // (responses, success, error): a body's type name, `none`, or the
    // variants of a status union in matching order.
    let cases = [
        (
            vec![("'200'", json("A")), ("'201'", json("A"))],
            "A",
            "none",
        ),
        (vec![("'204'", bodiless.to_owned())], "none", "none"),
        (
            vec![("'204'", bodiless.to_owned()), ("'200'", json("A"))],
            "Status200(A) Status204",
            "none",
        ),
        (
            vec![("'200'", json("A")), ("'201'", json("B"))],
            "Status200(A) Status201(B)",
            "none",
        ),
        (
            vec![("'400'", json("B")), ("default", json("B"))],
            "none",
            "B",
        ),
        // A bodiless error adds nothing to decode.
        (
            vec![("'404'", bodiless.to_owned()), ("default", json("B"))],
            "none",
            "B",
        ),
        // Document order does not matter: exact, then range, then default.
        (
            vec![
                ("default", json("B")),
                ("4XX", json("A")),
                ("'422'", json("A")),
            ],
            "none",
            "Status422(A) Status4xx(A) Default(B)",
        ),
    ];
    for (responses, success, error) in cases {
        let entries: String = responses
            .iter()
            .map(|(status, body)| format!("        {status}: {body}\n"))
            .collect();
        let paths = format!("/x:\n  get:\n    operationId: x\n    responses:\n{entries}");
        let api = load(&spec(schemas, &paths)).unwrap_or_else(|e| panic!("lowers: {e}"));
        let describe = |answer: Option<&Answer>| match answer {
            None => "none".to_owned(),
            Some(Answer::Body(body)) => match &body.ty {
                TypeRef::Named(id) => api.type_def(*id).name.clone(),
                other => format!("{other:?}"),
            },
            Some(Answer::ByStatus(id)) => match &api.type_def(*id).kind {
                TypeKind::StatusUnion(union) => union
                    .variants
                    .iter()
                    .map(|variant| match &variant.body {
                        Some(ResponseBody {
                            ty: TypeRef::Named(ty),
                            ..
                        }) => {
                            format!("{}({})", variant.name, api.type_def(*ty).name)
                        }
                        _ => variant.name.clone(),
                    })
                    .collect::<Vec<_>>()
                    .join(" "),
                other => format!("{other:?}"),
            },
        };
        let operation = &api.operations[0];
        assert_eq!(
            describe(operation.success.as_ref()),
            success,
            "{responses:?}"
        );
        assert_eq!(describe(operation.error.as_ref()), error, "{responses:?}");
    }
}

#[test]
fn repeated_inline_enums_become_aliases_of_the_first_by_name() {
    let api = lowered(
        "Zed: {type: object, properties: {order: {type: string, enum: [ASC, DESC]}, window: {type: integer, enum: [1, 7]}}}
Alpha: {type: object, properties: {order: {type: string, enum: [ASC, DESC]}, window: {type: integer, enum: [1, 7]}, other: {type: string, enum: [DESC, ASC]}}}
Mid: {type: object, properties: {order: {type: string, enum: [ASC, DESC]}}}
SortA: {type: string, enum: [ASC, DESC]}
SortB: {type: string, enum: [ASC, DESC]}",
    );
    let alias_of = |name: &str| match &named(&api, name).kind {
        TypeKind::Alias(TypeRef::Named(id)) => Some(api.type_def(*id).name.clone()),
        TypeKind::StringEnum(_) | TypeKind::IntegerEnum(_) => None,
        other => panic!("{name} is neither an enum nor an alias: {other:?}"),
    };
    assert_eq!(alias_of("AlphaOrder"), None);
    assert_eq!(alias_of("MidOrder").as_deref(), Some("AlphaOrder"));
    assert_eq!(alias_of("ZedOrder").as_deref(), Some("AlphaOrder"));
    assert_eq!(alias_of("AlphaWindow"), None);
    assert_eq!(alias_of("ZedWindow").as_deref(), Some("AlphaWindow"));
    // The same values in another order are another type.
    assert_eq!(alias_of("AlphaOther"), None);
    // Components keep their own types, and inline copies do not alias them.
    assert_eq!(alias_of("SortA"), None);
    assert_eq!(alias_of("SortB"), None);
    // Fields keep pointing at their own names.
    let TypeRef::Named(id) = field_type(&api, "Zed", "order") else {
        panic!("named")
    };
    assert_eq!(api.type_def(*id).name, "ZedOrder");
}

#[test]
fn all_of_declarations_of_one_property_merge_the_most_specific_wins() {
    let api = lowered(
        "Pin:
  type: object
  required: [id]
  properties: {id: {type: string}}
Paginated:
  type: object
  required: [items]
  properties:
    bookmark: {type: string, nullable: true}
    items: {type: array, items: {type: object}}
    note: {type: string, nullable: true}
PinsPage:
  allOf:
    - $ref: '#/components/schemas/Paginated'
    - type: object
      properties:
        items: {type: array, items: {$ref: '#/components/schemas/Pin'}}
        note: {type: string}
Currency: {type: string, enum: [USD, EUR]}
Price:
  type: object
  properties:
    currency:
      allOf:
        - $ref: '#/components/schemas/Currency'
        - {type: string, description: The currency.}
Strict:
  allOf:
    - $ref: '#/components/schemas/Paginated'
    - required: [bookmark, note]",
    );
    let pin = api.types.iter().position(|t| t.name == "Pin").expect("Pin");
    assert_eq!(
        field_type(&api, "PinsPage", "items"),
        &TypeRef::List(Box::new(TypeRef::Named(openapi_ir::TypeId(pin)))),
        "the list of Pin outranks the list of any object"
    );
    assert_eq!(
        field_type(&api, "PinsPage", "bookmark"),
        &TypeRef::Nullable(Box::new(TypeRef::String)),
        "declared once, nullable there"
    );
    assert_eq!(
        field_type(&api, "PinsPage", "note"),
        &TypeRef::String,
        "nullable only where every declaration allows null"
    );
    let currency = api
        .types
        .iter()
        .position(|t| t.name == "Currency")
        .expect("Currency");
    assert_eq!(
        field_type(&api, "Price", "currency"),
        &TypeRef::Named(openapi_ir::TypeId(currency)),
        "an allOf of scalars is the most specific scalar, not an empty struct"
    );
    assert_eq!(
        shape(&api, "Strict"),
        [
            ("bookmark".to_owned(), true),
            ("items".to_owned(), true),
            ("note".to_owned(), true)
        ],
        "a member that only lists `required` applies"
    );
    assert!(
        !api.types
            .iter()
            .any(|t| t.name.starts_with("PinsPageItems")),
        "no type is left over from the outranked declaration: {:?}",
        api.types.iter().map(|t| &t.name).collect::<Vec<_>>()
    );
}

#[test]
fn a_nullable_component_is_nullable_wherever_it_is_used() {
    let api = lowered(
        "Owner:
  type: object
  nullable: true
  properties: {name: {type: string}}
Code: {type: string, nullable: true}
Board:
  type: object
  required: [owner, code]
  properties:
    owner: {$ref: '#/components/schemas/Owner'}
    code: {$ref: '#/components/schemas/Code'}
    previous: {$ref: '#/components/schemas/Owner'}
    owners: {type: array, items: {$ref: '#/components/schemas/Owner'}}",
    );
    let owner = TypeRef::Named(openapi_ir::TypeId(
        api.types
            .iter()
            .position(|t| t.name == "Owner")
            .expect("Owner"),
    ));
    let nullable = |ty: TypeRef| TypeRef::Nullable(Box::new(ty));
    assert_eq!(field_type(&api, "Board", "owner"), &nullable(owner.clone()));
    assert_eq!(
        field_type(&api, "Board", "previous"),
        &nullable(owner.clone())
    );
    assert_eq!(
        field_type(&api, "Board", "owners"),
        &TypeRef::List(Box::new(nullable(owner)))
    );
    assert!(matches!(
        field_type(&api, "Board", "code"),
        TypeRef::Nullable(_)
    ));
    assert!(
        matches!(&named(&api, "Code").kind, TypeKind::Alias(TypeRef::String)),
        "the component itself is the value; its uses carry the null"
    );
}

#[test]
fn untagged_alternatives_are_ordered_so_none_shadows_a_more_specific_one() {
    let api = lowered(
        "Loose:
  type: object
  properties: {width: {type: integer}}
Video:
  type: object
  required: [video_url, duration]
  properties: {video_url: {type: string}, duration: {type: number}}
Image:
  type: object
  required: [url]
  properties: {url: {type: string}}
Media:
  oneOf:
    - {}
    - $ref: '#/components/schemas/Loose'
    - {type: string}
    - $ref: '#/components/schemas/Image'
    - {type: string, format: date}
    - $ref: '#/components/schemas/Video'
Choice:
  oneOf:
    - type: object
      title: From image
      required: [image_url]
      properties: {image_url: {type: string}}
    - type: object
      required: [pin_id]
      properties: {pin_id: {type: string}}
    - type: array
      items: {type: string}",
    );
    let TypeKind::UntaggedUnion(media) = &named(&api, "Media").kind else {
        panic!("Media is an untagged union");
    };
    let order: Vec<&str> = media.variants.iter().map(|v| v.name.as_str()).collect();
    assert_eq!(
        order,
        ["Video", "Image", "Date", "String", "Loose", "Other"]
    );
    let TypeKind::UntaggedUnion(choice) = &named(&api, "Choice").kind else {
        panic!("Choice is an untagged union");
    };
    let names: Vec<&str> = choice.variants.iter().map(|v| v.name.as_str()).collect();
    assert_eq!(
        names,
        ["FromImage", "ChoiceWithPinId", "StringList"],
        "inline alternatives are named by their words, not their places"
    );
}

#[test]
fn answers_without_a_body_in_http_decode_none_and_star_json_is_json() {
    let api = load(&spec(
        "Thing: {type: object, properties: {id: {type: string}}}",
        "/things:
  get:
    operationId: list
    responses:
      '200':
        description: ok
        content:
          '*/*': {schema: {$ref: '#/components/schemas/Thing'}}
  delete:
    operationId: remove
    responses:
      '204':
        description: gone
        content:
          application/json: {schema: {$ref: '#/components/schemas/Thing'}}
  head:
    operationId: probe
    responses:
      '200':
        description: ok
        content:
          application/json: {schema: {$ref: '#/components/schemas/Thing'}}",
    ))
    .expect("lowers");
    let op = |name: &str| {
        api.operations
            .iter()
            .find(|o| o.name == name)
            .expect("operation")
    };
    match &op("list").success {
        Some(Answer::Body(body)) => {
            assert_eq!(body.encoding, openapi_ir::BodyEncoding::Json);
            assert!(matches!(body.ty, TypeRef::Named(_)));
        }
        other => panic!("list: {other:?}"),
    }
    assert_eq!(op("remove").success, None, "204 has no body");
    assert_eq!(op("probe").success, None, "HEAD has no body");
    assert!(
        api.warnings
            .iter()
            .any(|w| w.pointer == "#/paths/~1things/delete/responses/204"),
        "{:?}",
        api.warnings
    );
}

#[test]
fn operations_never_take_a_name_the_client_uses() {
    let paths = "/a:
  get:
    operationId: builder
    responses: {'204': {description: ok}}
/b:
  get:
    operationId: base_url
    responses: {'204': {description: ok}}
/c:
  get:
    operationId: list
    responses: {'204': {description: ok}}
/d:
  get:
    operationId: list_with_http_info
    responses: {'204': {description: ok}}";
    let api = load(&spec("X: {type: string}", paths)).expect("lowers");
    let mut names: Vec<&str> = api.operations.iter().map(|o| o.name.as_str()).collect();
    names.sort_unstable();
    assert_eq!(
        names,
        ["base_url_2", "builder_2", "list", "list_with_http_info_2"]
    );
}

#[test]
fn a_discriminator_mapping_only_to_itself_is_a_struct_with_its_tag() {
    let api = lowered(
        "Event:
  type: object
  required: [kind]
  properties:
    kind: {type: string, enum: [event]}
    at: {type: string}
  discriminator:
    propertyName: kind
    mapping: {event: '#/components/schemas/Event'}",
    );
    assert_eq!(
        shape(&api, "Event"),
        [("kind".to_owned(), true), ("at".to_owned(), false)],
        "a struct that keeps its tag, not a union of itself"
    );
    assert!(matches!(
        field_type(&api, "Event", "kind"),
        TypeRef::Named(_)
    ));
}

#[test]
fn a_union_with_a_nullable_alternative_is_nullable_where_used() {
    let api = lowered(
        "Droplet:
  type: object
  required: [id]
  properties: {id: {type: integer}}
FloatingIp:
  type: object
  properties:
    droplet:
      anyOf:
        - {type: object, nullable: true, title: unassigned}
        - $ref: '#/components/schemas/Droplet'",
    );
    let TypeRef::Nullable(inner) = field_type(&api, "FloatingIp", "droplet") else {
        panic!("nullable: {:?}", field_type(&api, "FloatingIp", "droplet"))
    };
    let TypeRef::Named(id) = **inner else {
        panic!("a union: {inner:?}")
    };
    let TypeKind::UntaggedUnion(union) = &api.type_def(id).kind else {
        panic!("an untagged union")
    };
    assert!(
        union
            .variants
            .iter()
            .all(|variant| !matches!(variant.ty, TypeRef::Nullable(_))),
        "the null is the field's, not an alternative's: {union:?}"
    );
}

#[test]
fn looser_types_than_the_schema_are_warned_with_their_pointer() {
    let api = lowered(
        "S:
  type: object
  properties:
    a: {not: {type: string}}
    b: {type: number, enum: [1.5, 2.5]}
    c: {enum: [1, one]}
    d: {type: string, enum: [x, y]}",
    );
    let pointers: Vec<&str> = api.warnings.iter().map(|w| w.pointer.as_str()).collect();
    assert_eq!(
        pointers,
        [
            "#/components/schemas/S/properties/a",
            "#/components/schemas/S/properties/b",
            "#/components/schemas/S/properties/c"
        ]
    );
}

#[test]
fn null_allowed_by_an_all_of_member_or_an_any_alternative_reaches_the_use() {
    let api = lowered(
        "Link:
  type: object
  required: [url]
  properties: {url: {type: string}}
File:
  type: object
  properties:
    shared_link:
      allOf:
        - $ref: '#/components/schemas/Link'
        - description: The link, or null when there is none.
        - nullable: true
    pages:
      anyOf:
        - $ref: '#/components/schemas/Link'
        - {}",
    );
    assert!(
        matches!(
            field_type(&api, "File", "shared_link"),
            TypeRef::Nullable(_)
        ),
        "{:?}",
        field_type(&api, "File", "shared_link")
    );
    assert!(
        matches!(field_type(&api, "File", "pages"), TypeRef::Nullable(_)),
        "{:?}",
        field_type(&api, "File", "pages")
    );
}

#[test]
fn harmless_values_of_the_wrong_type_warn_instead_of_refusing_the_spec() {
    let api = lowered(
        "S:
  type: object
  properties:
    name: {type: string, maxLength: '64', required: true}
    size: {type: integer, minimum: none}",
    );
    assert_eq!(
        shape(&api, "S"),
        [("name".to_owned(), false), ("size".to_owned(), false)]
    );
    let pointers: Vec<&str> = api.warnings.iter().map(|w| w.pointer.as_str()).collect();
    assert_eq!(
        pointers,
        [
            "#/components/schemas/S/properties/name/maxLength",
            "#/components/schemas/S/properties/name/required",
            "#/components/schemas/S/properties/size/minimum"
        ]
    );
}

#[test]
fn a_title_taken_already_is_qualified_by_its_union_not_numbered() {
    let api = lowered(
        "A:
  oneOf:
    - {type: object, title: address, properties: {line: {type: string}}}
    - {type: string}
B:
  oneOf:
    - {type: object, title: address, properties: {line: {type: string}}}
    - {type: string}",
    );
    let mut names: Vec<&str> = api
        .types
        .iter()
        .filter(|t| t.name.ends_with("Address"))
        .map(|t| t.name.as_str())
        .collect();
    names.sort_unstable();
    assert_eq!(names, ["Address", "BAddress"]);
}

#[test]
fn alternatives_beside_properties_add_their_properties_as_optional_fields() {
    let api = lowered(
        "ByEmail:
  type: object
  required: [email]
  properties: {email: {type: string}}
UserData:
  type: object
  properties:
    country: {type: string}
  anyOf:
    - $ref: '#/components/schemas/ByEmail'
    - required: [phone]
      properties: {phone: {type: string}}
    - $ref: '#/components/schemas/UserData'
Big:
  type: object
  properties:
    count: {type: integer, example: 9223372036854775808}",
    );
    assert_eq!(
        shape(&api, "UserData"),
        [
            ("country".to_owned(), false),
            ("email".to_owned(), false),
            ("phone".to_owned(), false)
        ]
    );
    assert!(
        api.warnings
            .iter()
            .any(|w| w.pointer == "#/components/schemas/UserData"),
        "{:?}",
        api.warnings
    );
    // An example past i64::MAX says the integer needs a u64.
    assert_eq!(field_type(&api, "Big", "count"), &TypeRef::U64);
}

#[test]
fn all_of_enums_intersect() {
    // (the inline declaration's values, the values the property allows)
    let cases: [(&str, &[&str]); 3] = [
        ("[A, B]", &["A", "B"]),
        ("[B, C, D]", &["B", "C"]),
        ("[A, B, C, D]", &["A", "B", "C"]),
    ];
    for (inline, allowed) in cases {
        let api = lowered(&format!(
            "Letters: {{type: string, enum: [A, B, C]}}
Box:
  type: object
  properties:
    letter:
      allOf:
        - $ref: '#/components/schemas/Letters'
        - {{type: string, enum: {inline}}}"
        ));
        let TypeRef::Named(id) = field_type(&api, "Box", "letter") else {
            panic!("{inline}: an enum")
        };
        let TypeKind::StringEnum(values) = &api.type_def(*id).kind else {
            panic!("{inline}: a string enum: {:?}", api.type_def(*id))
        };
        let listed: Vec<&str> = values
            .variants
            .iter()
            .map(|v| v.api_name.as_str())
            .collect();
        assert_eq!(listed, allowed, "{inline}");
    }
}
