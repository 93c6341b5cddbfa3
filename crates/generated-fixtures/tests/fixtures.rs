//! Each small spec's generated client against a real HTTP server on
//! 127.0.0.1: the construct it isolates, on the wire.

use generated_fixtures::{
    all_of_merge, basic_auth, default_response, discriminator_without_one_of, form_body,
};
use openapi_client_runtime::{ApiClient, ClientBuilder, Error};
use serde_json::json;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

async fn server(http_method: &str, route: &str, answer: ResponseTemplate) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(method(http_method))
        .and(path(route))
        .respond_with(answer)
        .mount(&server)
        .await;
    server
}

fn builder<C: ApiClient>(server: &MockServer) -> ClientBuilder<C> {
    ClientBuilder::new(server.uri())
}

async fn requests(server: &MockServer) -> Vec<Request> {
    server.received_requests().await.expect("recording is on")
}

#[tokio::test]
async fn discriminator_without_one_of_round_trips_each_variant() {
    use discriminator_without_one_of::Client;
    use discriminator_without_one_of::types::{Circle, Shape};

    let server = server(
        "POST",
        "/shapes",
        ResponseTemplate::new(200).set_body_json(json!({"kind": "square", "side": 3})),
    )
    .await;
    let client: Client = builder(&server).build().expect("valid");
    let stored = client
        .shapes_create(Circle {
            additional_properties: Default::default(),
            radius: 2.5,
        })
        .await
        .expect("decodes");
    let Shape::Square(square) = stored else {
        panic!("expected a square, got {stored:?}")
    };
    assert_eq!(square.side, 3);
    let sent: serde_json::Value =
        serde_json::from_slice(&requests(&server).await[0].body).expect("JSON body");
    assert_eq!(sent, json!({"kind": "circle", "radius": 2.5}));
    // On its own, a variant's struct still says which variant it is.
    assert_eq!(
        serde_json::to_value(Circle {
            additional_properties: Default::default(),
            radius: 2.5
        })
        .expect("encodes"),
        json!({"kind": "circle", "radius": 2.5})
    );

    let unknown: Shape =
        serde_json::from_value(json!({"kind": "hexagon", "label": "h", "sides": 6}))
            .expect("falls back");
    let Shape::Unknown(fallback) = &unknown else {
        panic!("expected the fallback, got {unknown:?}")
    };
    assert_eq!(fallback.kind.as_deref(), Some("hexagon"));
    assert_eq!(fallback.label.as_deref(), Some("h"));
    assert_eq!(fallback.additional_properties.get("sides"), Some(&json!(6)));
}

#[tokio::test]
async fn all_of_merges_fields_and_path_parameters_are_encoded() {
    use all_of_merge::Client;
    use all_of_merge::types::ItemStatus;

    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "id": "i1", "name": "n", "tags": ["a"], "created_at": 7, "status": "paused"
        })))
        .mount(&server)
        .await;
    let client: Client = builder(&server).build().expect("valid");
    let item = client.items_get("a/b c?d").await.expect("decodes");
    assert_eq!(
        requests(&server).await[0].url.path(),
        "/items/a%2Fb%20c%3Fd"
    );
    assert_eq!(requests(&server).await[0].url.query(), None);
    assert_eq!(
        (item.id.as_str(), item.name.as_str(), item.created_at),
        ("i1", "n", Some(7))
    );
    assert_eq!(item.tags, ["a"]);
    assert_eq!(item.status, Some(ItemStatus::Unknown("paused".to_owned())));
    assert_eq!(ItemStatus::Archived.to_string(), "archived");

    // `id` is required through the `$ref` member, `tags` through the inline one.
    for missing in ["id", "tags"] {
        let mut body = json!({"id": "i1", "name": "n", "tags": []});
        body.as_object_mut().expect("object").remove(missing);
        assert!(
            serde_json::from_value::<all_of_merge::types::Item>(body).is_err(),
            "{missing} is required"
        );
    }
}

#[tokio::test]
async fn form_body_is_form_encoded_and_credentials_stay_hidden() {
    use form_body::Client;
    use form_body::types::LoginBody;

    let server = server(
        "POST",
        "/login",
        ResponseTemplate::new(200).set_body_json(json!({"session_token": "sess-1"})),
    )
    .await;
    let client: Client = builder(&server).build().expect("valid");
    let body = LoginBody {
        additional_properties: Default::default(),
        username: "ann".into(),
        password: "p@ss word".into(),
        remember: None,
    };
    assert!(!format!("{body:?}").contains("p@ss"));
    let session = client.login(body).await.expect("decodes");
    assert_eq!(session.session_token.expose(), "sess-1");
    assert!(!format!("{session:?}").contains("sess-1"));
    let request = &requests(&server).await[0];
    // Fields go in the spec's order.
    assert_eq!(
        String::from_utf8_lossy(&request.body),
        "username=ann&password=p%40ss+word"
    );
    assert_eq!(
        request.headers["content-type"],
        "application/x-www-form-urlencoded"
    );
}

#[tokio::test]
async fn each_operation_applies_the_scheme_its_security_names() {
    use basic_auth::Client;

    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(204))
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(204))
        .mount(&server)
        .await;
    let client: Client = builder(&server)
        .basic_auth("user", "pw")
        .bearer_token("tok")
        .api_key("key-1")
        .build()
        .expect("valid");
    client.token().await.expect("204");
    client.me().await.expect("204");
    client.keyed().await.expect("204");
    client.health().await.expect("204");
    let seen: Vec<(String, Option<String>, Option<String>)> = requests(&server)
        .await
        .iter()
        .map(|r| {
            let header = |name: &str| {
                r.headers
                    .get(name)
                    .map(|v| v.to_str().expect("ASCII").to_owned())
            };
            (
                r.url.path().to_owned(),
                header("authorization"),
                header("x-api-key"),
            )
        })
        .collect();
    assert_eq!(
        seen,
        [
            (
                "/token".to_owned(),
                Some("Basic dXNlcjpwdw==".to_owned()),
                None
            ),
            ("/me".to_owned(), Some("Bearer tok".to_owned()), None),
            ("/keyed".to_owned(), None, Some("key-1".to_owned())),
            ("/health".to_owned(), None, None),
        ]
    );

    // Without an API key, `keyed` takes its second alternative.
    let bearer_only: Client = builder(&server)
        .bearer_token("tok2")
        .build()
        .expect("valid");
    bearer_only.keyed().await.expect("204");
    let last = requests(&server).await.pop().expect("sent");
    assert_eq!(last.headers["authorization"], "Bearer tok2");
}

#[tokio::test]
async fn default_response_is_the_typed_error() {
    use default_response::Client;

    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!([{"name": "a"}, {}])))
        .mount(&server)
        .await;
    Mock::given(method("DELETE"))
        .respond_with(
            ResponseTemplate::new(500).set_body_json(json!({"code": 9, "message": "boom"})),
        )
        .mount(&server)
        .await;
    let client: Client = builder(&server).build().expect("valid");
    let tags = vec!["x".to_owned(), "y z".to_owned()];
    let things = client
        .things_list(Some("b k"), Some(25), Some(tags))
        .await
        .expect("decodes");
    assert_eq!(things.len(), 2);
    assert_eq!(things[0].name.as_deref(), Some("a"));
    assert_eq!(
        requests(&server).await[0].url.query(),
        Some("bookmark=b+k&page_size=25&tags=x&tags=y+z")
    );
    client.things_list(None, None, None).await.expect("decodes");
    assert_eq!(requests(&server).await[1].url.query(), None);

    let error = client.things_clear().await.unwrap_err();
    let Error::Api { status, body, .. } = &error else {
        panic!("expected Api, got {error:?}")
    };
    assert_eq!(status.as_u16(), 500);
    assert_eq!((body.code, body.message.as_str()), (9, "boom"));
}

#[tokio::test]
async fn recursive_types_are_boxed_where_a_cycle_closes() {
    use generated_fixtures::recursive_types::Client;
    use generated_fixtures::recursive_types::types::{Label, Node, Owner};

    let body = json!({
        "name": "leaf",
        "parent": {"name": "root", "children": [{"name": "sibling"}]},
        "owner": {"favourite": {"name": "fav"}, "label": {"text": "t"}}
    });
    let server = server(
        "GET",
        "/tree",
        ResponseTemplate::new(200).set_body_json(body.clone()),
    )
    .await;
    let client: Client = builder(&server).build().expect("valid");
    let node: Node = client.tree().await.expect("decodes");
    let parent: &Node = node.parent.as_deref().expect("parent");
    assert_eq!(
        parent.children.as_ref().map(|c| c[0].name.as_str()),
        Some("sibling")
    );
    let owner: &Owner = node.owner.as_deref().expect("owner");
    assert_eq!(owner.favourite.name, "fav");
    // `Label` holds no cycle, so it stays unboxed.
    let label: &Option<Label> = &owner.label;
    assert_eq!(label.as_ref().and_then(|l| l.text.as_deref()), Some("t"));
    assert_eq!(serde_json::to_value(&node).expect("encodes"), body);
}

#[tokio::test]
async fn each_parameter_is_sent_in_its_style() {
    use generated_fixtures::parameter_shapes::Client;
    use generated_fixtures::parameter_shapes::types::{
        FilesGetFilter, FilesGetSort, FilesGetTheme, FilesGetWhere, FilesGetWhereSize,
        FilesGetXSort,
    };

    let server = server("GET", "/files/42", ResponseTemplate::new(204)).await;
    let client: Client = builder(&server).build().expect("valid");
    client
        .files_get(
            42,
            Some("tok en".into()),
            Some("a,b"),
            Some(FilesGetSort::Size),
            Some(FilesGetFilter {
                additional_properties: Default::default(),
                kind: Some("pdf".into()),
            }),
            Some(FilesGetWhere {
                additional_properties: Default::default(),
                kind: Some("doc".into()),
                size: Some(FilesGetWhereSize {
                    additional_properties: Default::default(),
                    max: Some(5),
                }),
            }),
            Some(vec![1, 2]),
            Some(vec!["x".into(), "y".into()]),
            Some(vec![3, 4]),
            Some(vec!["p".into(), "q".into()]),
            "trace-1",
            Some(vec![7, 8]),
            Some(FilesGetXSort::Name),
            Some("a; b=\"c\""),
            Some(FilesGetTheme::Dark),
        )
        .await
        .expect("204");
    client
        .files_get(
            42, None, None, None, None, None, None, None, None, None, "trace-2", None, None, None,
            None,
        )
        .await
        .expect("204");
    let sent = requests(&server).await;
    let query: Vec<(String, String)> = sent[0].url.query_pairs().into_owned().collect();
    let query: Vec<String> = query.iter().map(|(k, v)| format!("{k}={v}")).collect();
    assert_eq!(
        query,
        [
            "access_token=tok en",
            "fields=a,b",
            "sort=size",
            // form, exploded (the default): an object's properties spread out
            "kind=pdf",
            // deepObject, nested objects included
            "where[kind]=doc",
            "where[size][max]=5",
            // form, explode: false
            "ids=1,2",
            // form, exploded: a list repeats the parameter
            "tags=x",
            "tags=y",
            "range=3|4",
            "words=p q",
        ]
    );
    assert_eq!(sent[0].headers["x-trace"], "trace-1");
    assert_eq!(sent[0].headers["x-ids"], "7,8", "simple style");
    // `FilesGetXSort` repeats `FilesGetSort`'s values, so it names that type.
    let _: Option<FilesGetSort> = Some(FilesGetXSort::Name);
    assert_eq!(sent[0].headers["x-sort"], "name");
    // Cookies share one header; a value's `;`, space and quotes are encoded.
    assert_eq!(
        sent[0].headers["cookie"],
        "session=a%3B%20b=%22c%22; theme=dark"
    );
    assert!(
        sent[1].headers.get("cookie").is_none(),
        "no cookies, no header"
    );
    assert!(sent[1].headers.get("x-ids").is_none());
    assert_eq!(
        sent[1].url.query(),
        None,
        "a nullable parameter is optional"
    );
}

#[tokio::test]
async fn untagged_unions_decode_the_first_alternative_that_fits() {
    use generated_fixtures::one_of_untagged::Client;
    use generated_fixtures::one_of_untagged::types::{DogToys, IdOrName, Leaf, Node, Pet};

    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/pets/c"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"meows": true, "id": 7})))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/pets/d"))
        .respond_with(
            ResponseTemplate::new(200).set_body_json(json!({"barks": 3, "toys": ["ball"]})),
        )
        .mount(&server)
        .await;
    let client: Client = builder(&server).build().expect("valid");

    let cat = client.pets_get("c").await.expect("decodes");
    let Pet::Cat(cat) = cat else {
        panic!("expected a cat, got {cat:?}")
    };
    assert_eq!(cat.id, Some(IdOrName::Integer(7)));
    let dog = client.pets_get("d").await.expect("decodes");
    let Pet::Dog(dog) = dog else {
        panic!("expected a dog, got {dog:?}")
    };
    assert_eq!(dog.toys, Some(DogToys::StringList(vec!["ball".to_owned()])));

    let name: IdOrName = serde_json::from_value(json!("seven")).expect("decodes");
    assert_eq!(name, IdOrName::String("seven".to_owned()));
    // Recursion through a union is boxed, and round-trips.
    let tree = json!({"left": {"left": {"value": "x"}}});
    let node: Node = serde_json::from_value(tree.clone()).expect("decodes");
    let Node::Branch(branch) = &node else {
        panic!("expected a branch, got {node:?}")
    };
    let Node::Branch(inner) = &*branch.left else {
        panic!("expected a branch, got {branch:?}")
    };
    assert_eq!(
        *inner.left,
        Node::Leaf(Leaf {
            additional_properties: Default::default(),
            value: "x".to_owned()
        })
    );
    assert_eq!(serde_json::to_value(&node).expect("encodes"), tree);
}

#[tokio::test]
async fn hostile_names_reach_the_wire_exactly_as_the_spec_wrote_them() {
    use generated_fixtures::hostile_text::Client;
    use generated_fixtures::hostile_text::types::WeirdKind;

    let answer = json!({
        "match": "m", "ref": "r", "$ref_": 1, "@type": "t", "123": true,
        "+1": "plus", "-1": "minus", "日本": "jp", "é": "e", "a\"b": "quote",
        "kind": "*/", "option": {"some": "s"}, "strings": [1, 2]
    });
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(200).set_body_json(answer.clone()))
        .mount(&server)
        .await;
    let client: Client = builder(&server).build().expect("valid base URL");
    let weird = client
        .get_item_x("a/b?c", Some("t"), Some("s"), Some("q\"*/"))
        .await
        .expect("the answer decodes");

    // Every odd key lands in its own field and serialises back unchanged.
    assert_eq!(
        (weird._1.as_deref(), weird._1_2.as_deref()),
        (Some("plus"), Some("minus"))
    );
    assert_eq!((weird.ref_.as_deref(), weird.ref_2), (Some("r"), Some(1)));
    // A value of symbols only is spelt out, not `Unnamed`.
    assert_eq!(weird.kind, Some(WeirdKind::StarSlash));
    assert_eq!(serde_json::to_value(&weird).expect("serialises"), answer);

    let sent = &requests(&server).await[0];
    assert_eq!(sent.url.path(), "/items/a%2Fb%3Fc");
    let query: Vec<(String, String)> = sent.url.query_pairs().into_owned().collect();
    assert_eq!(
        query,
        [
            ("type".to_owned(), "t".to_owned()),
            ("\"q\" */".to_owned(), "q\"*/".to_owned())
        ]
    );
    assert_eq!(
        sent.headers.get("self").and_then(|v| v.to_str().ok()),
        Some("s")
    );
}

#[test]
fn million_character_names_degrade_and_the_rest_still_works() {
    use generated_fixtures::huge_text::types::{Huge, HugeEnum};

    // The million-character property is ignored and the million-character
    // enum value left to the fallback (each with a warning); the rest of
    // the schema is typed as usual.
    let million = "x".repeat(1_000_000);
    let huge: Huge =
        serde_json::from_value(json!({million.clone(): 1, "kind": "short"})).expect("decodes");
    assert_eq!(huge.kind, Some(HugeEnum::Short));
    let huge: Huge = serde_json::from_value(json!({"kind": million.clone()})).expect("decodes");
    assert_eq!(huge.kind, Some(HugeEnum::Unknown(million)));
}

#[tokio::test]
async fn a_spec_split_across_files_generates_one_client() {
    use generated_fixtures::split::Client;
    use generated_fixtures::split::types::{Owner, Pet};

    let pets = json!([{"name": "Rex", "tags": [{"label": "good"}], "owner": {"name": "Ann", "pets": [{"name": "Tom"}]}}]);
    let server = server(
        "GET",
        "/pets",
        ResponseTemplate::new(200).set_body_json(pets.clone()),
    )
    .await;
    let client: Client = builder(&server).build().expect("valid base URL");
    let answer: Vec<Pet> = client.pets_list(Some(2)).await.expect("decodes");
    // The cycle across files (pet → owner → pets) is one pair of types.
    let owner: &Owner = answer[0].owner.as_ref().expect("owner present");
    assert_eq!(owner.pets.as_ref().map(|p| p[0].name.as_str()), Some("Tom"));
    assert_eq!(serde_json::to_value(&answer).expect("serialises"), pets);
    assert_eq!(requests(&server).await[0].url.query(), Some("limit=2"));
}

#[tokio::test]
async fn absent_and_null_are_different_things_on_the_wire() {
    use generated_fixtures::nullable_optional::Client;
    use generated_fixtures::nullable_optional::types::{Profile, ProfileUpdate, Visibility};

    let server = server(
        "PATCH",
        "/profiles/p1",
        ResponseTemplate::new(200).set_body_json(
            json!({"id": "p1", "bio": null, "avatar_url": null, "visibility": "friends"}),
        ),
    )
    .await;
    let client: Client = builder(&server).build().expect("valid base URL");
    let updates = [
        // Nothing optional given: only the required nullable field, as null.
        (
            ProfileUpdate {
                additional_properties: Default::default(),
                display_name: None,
                bio: None,
                avatar_url: None,
            },
            json!({"avatar_url": null}),
        ),
        // `Some(None)` clears the bio; `None` would have left it alone.
        (
            ProfileUpdate {
                additional_properties: Default::default(),
                display_name: Some("Ann".to_owned()),
                bio: Some(None),
                avatar_url: Some("https://a.example/x.png".to_owned()),
            },
            json!({"display_name": "Ann", "bio": null, "avatar_url": "https://a.example/x.png"}),
        ),
        (
            ProfileUpdate {
                additional_properties: Default::default(),
                display_name: None,
                bio: Some(Some("hi".to_owned())),
                avatar_url: None,
            },
            json!({"bio": "hi", "avatar_url": null}),
        ),
    ];
    for (index, (update, expected)) in updates.into_iter().enumerate() {
        let profile = client.update_profile("p1", update).await.expect("decodes");
        // Sent as null, so `Some(None)`; an unlisted enum value is kept.
        assert_eq!(profile.bio, Some(None));
        assert_eq!(
            profile.visibility,
            Some(Visibility::Unknown("friends".to_owned()))
        );
        let sent: serde_json::Value =
            serde_json::from_slice(&requests(&server).await[index].body).expect("JSON body");
        assert_eq!(sent, expected, "update {index}");
    }

    // Absent, null and a value each decode to their own state, and encode
    // back the way they came.
    for text in [
        json!({"id": "1", "avatar_url": null}),
        json!({"id": "1", "avatar_url": "u", "bio": null, "visibility": "private"}),
        json!({"id": "1", "avatar_url": null, "bio": "b", "display_name": "D"}),
    ] {
        let profile: Profile = serde_json::from_value(text.clone()).expect("decodes");
        assert_eq!(serde_json::to_value(&profile).expect("encodes"), text);
    }
    let absent: Profile =
        serde_json::from_value(json!({"id": "1", "avatar_url": null})).expect("decodes");
    assert_eq!((absent.bio, absent.avatar_url), (None, None));
    // Required and nullable: `null` is a value, but absent is not.
    let error =
        serde_json::from_value::<Profile>(json!({"id": "1"})).expect_err("avatar_url is required");
    assert_eq!(error.to_string(), "missing field `avatar_url`");
    let error =
        serde_json::from_value::<Profile>(json!({"avatar_url": null})).expect_err("id is required");
    assert_eq!(error.to_string(), "missing field `id`");
    let error = serde_json::from_value::<Profile>(json!({"id": 5})).expect_err("id is a string");
    assert!(
        error
            .to_string()
            .starts_with("field `id`: invalid type: integer `5`"),
        "{error}"
    );
}

#[tokio::test]
async fn answers_are_typed_by_status() {
    use generated_fixtures::responses_by_status::Client;
    use generated_fixtures::responses_by_status::types::{
        GetReportErrorByStatus as Failure, GetReportResponseByStatus as Success,
    };

    // Each status with the body its entry declares: exact statuses win over
    // the 5XX range, which wins over `default`.
    let cases: [(u16, serde_json::Value, &str); 7] = [
        (200, json!({"id": "r1"}), "ok Status200 r1"),
        (202, json!(null), "ok Status202"),
        (404, json!({"resource": "report"}), "err Status404 report"),
        (
            422,
            json!({"fields": ["from", "to"]}),
            "err Status422 from,to",
        ),
        (503, json!({"message": "down"}), "err Status5xx down"),
        (409, json!({"message": "busy"}), "err Default busy"),
        // A 404 whose body is not the declared one is unexpected, not a guess.
        (404, json!({"message": "wrong shape"}), "unexpected 404"),
    ];
    for (status, body, expected) in cases {
        let server = MockServer::start().await;
        let template = match status {
            202 => ResponseTemplate::new(202),
            _ => ResponseTemplate::new(status).set_body_json(body),
        };
        Mock::given(method("GET"))
            .and(path("/reports/r1"))
            .respond_with(template)
            .mount(&server)
            .await;
        let client: Client = builder(&server).build().expect("valid base URL");
        let seen = match client.get_report("r1").await {
            Ok(Success::Status200(report)) => format!("ok Status200 {}", report.id),
            Ok(Success::Status202) => "ok Status202".to_owned(),
            Err(Error::Api { body, .. }) => match body {
                Failure::Status404(missing) => format!("err Status404 {}", missing.resource),
                Failure::Status422(invalid) => {
                    format!("err Status422 {}", invalid.fields.join(","))
                }
                Failure::Status5xx(problem) => format!("err Status5xx {}", problem.message),
                Failure::Default(problem) => format!("err Default {}", problem.message),
            },
            Err(Error::UnexpectedResponse { status, .. }) => {
                format!("unexpected {}", status.as_u16())
            }
            Err(other) => format!("other {other}"),
        };
        assert_eq!(seen, expected, "status {status}");
    }

    // A success status the spec does not declare is a decode error.
    let mock = server("GET", "/reports/r1", ResponseTemplate::new(206)).await;
    let client: Client = builder(&mock).build().expect("valid base URL");
    let error = client
        .get_report("r1")
        .await
        .expect_err("206 is not declared");
    assert!(
        error
            .to_string()
            .contains("the spec declares no answer with status 206"),
        "{error}"
    );
}

#[tokio::test]
async fn binary_and_text_bodies_go_out_and_come_back_as_they_are() {
    use generated_fixtures::responses_by_status::Client;

    let pdf = b"%PDF-1.7\n\x00\xff\xfe binary".to_vec();
    let mock = server(
        "GET",
        "/reports/r1/pdf",
        ResponseTemplate::new(200).set_body_raw(pdf.clone(), "application/pdf"),
    )
    .await;
    let client: Client = builder(&mock).build().expect("valid base URL");
    assert_eq!(client.get_report_pdf("r1").await.expect("bytes"), pdf);
    let sent = &requests(&mock).await[0];
    assert_eq!(sent.headers["accept"], "application/pdf, application/json");

    let mock = server("PUT", "/uploads/a.bin", ResponseTemplate::new(204)).await;
    let client: Client = builder(&mock).build().expect("valid base URL");
    client
        .upload("a.bin", vec![0u8, 1, 2, 255])
        .await
        .expect("stored");
    let sent = &requests(&mock).await[0];
    assert_eq!(sent.headers["content-type"], "application/octet-stream");
    assert_eq!(sent.body, [0u8, 1, 2, 255]);

    let mock = server(
        "POST",
        "/notes",
        ResponseTemplate::new(201).set_body_raw("n-7", "text/plain"),
    )
    .await;
    let client: Client = builder(&mock).build().expect("valid base URL");
    assert_eq!(client.create_note("héllo").await.expect("text"), "n-7");
    let sent = &requests(&mock).await[0];
    assert_eq!(sent.headers["content-type"], "text/plain");
    assert_eq!(sent.body, "héllo".as_bytes());

    let mock = server(
        "POST",
        "/notes",
        ResponseTemplate::new(503).set_body_raw("read-only until 5pm", "text/plain"),
    )
    .await;
    let client: Client = builder(&mock).build().expect("valid base URL");
    match client.create_note("x").await {
        Err(Error::Api { status, body, .. }) => {
            assert_eq!(
                (status.as_u16(), body.as_str()),
                (503, "read-only until 5pm")
            );
        }
        other => panic!("expected the declared text error, got {other:?}"),
    }
}

#[tokio::test]
async fn an_inline_discriminator_writes_its_tag_once_and_decodes_by_it() {
    use generated_fixtures::inline_discriminator::Client;
    use generated_fixtures::inline_discriminator::types::{
        CreateReportsBody, CreateReportsBodyReport, CreateReportsResponseItem as Item, Daily,
        DailyReportType,
    };

    let server = server(
        "POST",
        "/reports",
        ResponseTemplate::new(200).set_body_json(json!([
            {"report_type": "RANGE", "from": "a", "to": "b"},
            {"report_type": "DAILY", "day": "d"},
            {"report_type": "WEEKLY", "week": 3},
        ])),
    )
    .await;
    let client: Client = builder(&server).build().expect("valid base URL");
    let body = CreateReportsBody {
        additional_properties: Default::default(),
        name: Some("n".to_owned()),
        report: CreateReportsBodyReport::Daily(Daily {
            additional_properties: Default::default(),
            // The variant's own tag field: the union's tag wins, written once.
            report_type: DailyReportType::Unknown("stale".to_owned()),
            day: "mon".to_owned(),
        }),
    };
    let items = client.create_reports(body).await.expect("decodes");
    let raw = &requests(&server).await[0].body;
    assert_eq!(
        std::str::from_utf8(raw).expect("UTF-8"),
        r#"{"name":"n","report":{"report_type":"DAILY","day":"mon"}}"#
    );
    let Item::Range(range) = &items[0] else {
        panic!("expected a range, got {:?}", items[0])
    };
    assert_eq!((range.from.as_str(), range.to.as_str()), ("a", "b"));
    let Item::Daily(daily) = &items[1] else {
        panic!("expected a daily report, got {:?}", items[1])
    };
    assert_eq!(
        (&daily.report_type, daily.day.as_str()),
        (&DailyReportType::Daily, "d")
    );
    let Item::Unknown(unknown) = &items[2] else {
        panic!("expected the fallback, got {:?}", items[2])
    };
    assert_eq!(unknown.report_type.as_deref(), Some("WEEKLY"));
    assert_eq!(unknown.additional_properties.get("week"), Some(&json!(3)));
}

#[tokio::test]
async fn formats_are_typed_on_the_wire() {
    use generated_fixtures::formats::Client;
    use generated_fixtures::formats::types::{Event, Level, Priority};
    use openapi_client_runtime::chrono::{NaiveDate, TimeZone, Utc};
    use openapi_client_runtime::uuid::Uuid;

    let id = Uuid::from_u128(0x1234_5678_9abc_def0_1234_5678_9abc_def0);
    let stored = json!({
        "id": "12345678-9abc-def0-1234-56789abcdef0",
        // Any offset is accepted and read as UTC.
        "at": "2026-11-23T10:00:00+02:00",
        "day": "2026-11-23",
        "thumbnail": "aGkh",
        "count": 7,
        "total": 9_007_199_254_740_993_i64,
        "priority": -1,
        "level": 10,
    });
    let server = server(
        "PUT",
        "/events/12345678-9abc-def0-1234-56789abcdef0",
        ResponseTemplate::new(200).set_body_json(stored),
    )
    .await;
    let client: Client = builder(&server).build().expect("valid base URL");
    let at = Utc
        .with_ymd_and_hms(2026, 11, 23, 8, 0, 0)
        .single()
        .expect("a valid instant");
    let event = Event {
        additional_properties: Default::default(),
        id,
        at,
        day: NaiveDate::from_ymd_opt(2026, 11, 23).expect("a valid date"),
        thumbnail: Some(b"hi!".to_vec().into()),
        attachment: None,
        count: Some(7),
        total: Some(9_007_199_254_740_993),
        ratio: None,
        score: None,
        priority: Some(Priority::ValueMinus1),
        level: Some(Level::Verbose),
    };
    let answer = client
        .put_event(id, Some(at), event.clone())
        .await
        .expect("decodes");
    assert_eq!(
        answer, event,
        "the same instant, date, id, bytes and integers"
    );

    let sent = &requests(&server).await[0];
    assert_eq!(sent.url.query(), Some("since=2026-11-23T08%3A00%3A00Z"));
    let body: serde_json::Value = serde_json::from_slice(&sent.body).expect("JSON");
    assert_eq!(
        body,
        json!({
            "id": "12345678-9abc-def0-1234-56789abcdef0",
            "at": "2026-11-23T08:00:00Z",
            "day": "2026-11-23",
            "thumbnail": "aGkh",
            "count": 7,
            "total": 9_007_199_254_740_993_i64,
            "priority": -1,
            "level": 10,
        })
    );
    // Integer enums keep a value they do not list, and write it back.
    let unknown: Priority = serde_json::from_value(json!(42)).expect("decodes");
    assert_eq!(unknown, Priority::Unknown(42));
    assert_eq!(serde_json::to_value(unknown).expect("encodes"), json!(42));
    assert_eq!(Level::from(0), Level::Off);
    assert!(
        serde_json::from_value::<Level>(json!("10")).is_err(),
        "text is not an integer"
    );

    let error = serde_json::from_value::<Event>(
        json!({"id": "x", "at": "2026-11-23T08:00:00Z", "day": "2026-11-23"}),
    )
    .expect_err("not a UUID");
    assert!(error.to_string().starts_with("field `id`: "), "{error}");
}

#[tokio::test]
async fn every_page_of_a_bookmarked_list_is_read() {
    use generated_fixtures::pagination::Client;
    use openapi_client_runtime::paginate;
    use wiremock::matchers::{query_param, query_param_is_missing};

    let server = MockServer::start().await;
    let page = |ids: &[&str], next: Option<&str>| {
        let items: Vec<_> = ids.iter().map(|id| json!({"id": id})).collect();
        ResponseTemplate::new(200).set_body_json(json!({"items": items, "bookmark": next}))
    };
    Mock::given(method("GET"))
        .and(path("/boards"))
        .and(query_param_is_missing("bookmark"))
        .respond_with(page(&["a", "b"], Some("p2")))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/boards"))
        .and(query_param("bookmark", "p2"))
        .respond_with(page(&["c"], None))
        .mount(&server)
        .await;
    let client: Client = builder(&server).build().expect("valid base URL");
    let boards = paginate::all(|bookmark| {
        let client = &client;
        async move { client.boards_list(bookmark.as_deref(), Some(2)).await }
    })
    .await
    .expect("every page decodes");
    let ids: Vec<&str> = boards.iter().map(|board| board.id.as_str()).collect();
    assert_eq!(ids, ["a", "b", "c"]);
    let queries: Vec<Option<String>> = requests(&server)
        .await
        .iter()
        .map(|request| request.url.query().map(str::to_owned))
        .collect();
    assert_eq!(
        queries,
        [
            Some("page_size=2".to_owned()),
            Some("bookmark=p2&page_size=2".to_owned())
        ]
    );
}

#[tokio::test]
async fn multipart_bodies_send_files_text_and_json_parts() {
    use generated_fixtures::multipart::Client;
    use generated_fixtures::multipart::types::{UploadFileBody, UploadFileBodyAttributes};
    use openapi_client_runtime::multipart::File;

    let server = server(
        "POST",
        "/files",
        ResponseTemplate::new(201).set_body_json(json!({"id": "f1"})),
    )
    .await;
    let client: Client = builder(&server).build().expect("valid base URL");
    let body = UploadFileBody {
        additional_properties: Default::default(),
        attributes: UploadFileBodyAttributes {
            additional_properties: Default::default(),
            name: "a.txt".to_owned(),
            parent: None,
        },
        copies: Some(2),
        extras: Some(vec![File::new(vec![1, 2]), File::new(vec![3])]),
        file: File::new(b"hello\r\n--not a boundary".to_vec())
            .name("a.txt")
            .content_type("text/plain"),
        note: None,
        preview: None,
    };
    let stored = client.upload_file(body).await.expect("stored");
    assert_eq!(stored.id, "f1");

    let sent = &requests(&server).await[0];
    let content_type = sent.headers["content-type"].to_str().expect("ASCII");
    let boundary = content_type
        .strip_prefix("multipart/form-data; boundary=")
        .expect("a multipart body");
    let part = |disposition: &str, content_type: Option<&str>, content: &[u8]| {
        let mut part = format!("--{boundary}\r\nContent-Disposition: form-data; {disposition}\r\n");
        if let Some(content_type) = content_type {
            part.push_str(&format!("Content-Type: {content_type}\r\n"));
        }
        [
            part.into_bytes(),
            b"\r\n".to_vec(),
            content.to_vec(),
            b"\r\n".to_vec(),
        ]
        .concat()
    };
    // Parts go in the spec's order of properties.
    let expected = [
        part(
            "name=\"attributes\"",
            Some("application/json"),
            br#"{"name":"a.txt"}"#,
        ),
        part(
            "name=\"file\"; filename=\"a.txt\"",
            Some("text/plain"),
            b"hello\r\n--not a boundary",
        ),
        part("name=\"extras\"", Some("application/octet-stream"), &[1, 2]),
        part("name=\"extras\"", Some("application/octet-stream"), &[3]),
        part("name=\"copies\"", None, b"2"),
        format!("--{boundary}--\r\n").into_bytes(),
    ]
    .concat();
    assert_eq!(
        String::from_utf8_lossy(&sent.body),
        String::from_utf8_lossy(&expected)
    );
}

#[tokio::test]
async fn maps_and_free_form_values_round_trip_under_json_media_types() {
    use generated_fixtures::maps_and_free_form::Client;
    use generated_fixtures::maps_and_free_form::types::Settings;

    let settings = json!({
        "labels": {"env": "prod", "team": "ads"},
        "limits": {"daily": {"max": 5}},
        "metadata": {"nested": [1, {"deep": true}]},
        "anything": [null, "x", 2.5],
        "flags": {"beta": true},
        "counters": {"total": 3, "errors": 1, "retries": 2},
    });
    let server = server(
        "PATCH",
        "/settings",
        ResponseTemplate::new(200).set_body_raw(
            settings.to_string(),
            "application/vnd.example.settings+json",
        ),
    )
    .await;
    let client: Client = builder(&server).build().expect("valid base URL");
    let decoded: Settings = serde_json::from_value(settings.clone()).expect("decodes");
    let counters = decoded.counters.as_ref().expect("counters");
    // Listed properties are fields; the others stay, typed, in the map.
    assert_eq!(counters.total, 3);
    let rest: Vec<(&str, i64)> = counters
        .additional_properties
        .iter()
        .map(|(name, value)| (name.as_str(), *value))
        .collect();
    assert_eq!(rest, [("errors", 1), ("retries", 2)]);

    let answer = client
        .patch_settings(decoded.clone())
        .await
        .expect("decodes");
    assert_eq!(answer, decoded);
    let sent = &requests(&server).await[0];
    assert_eq!(sent.headers["content-type"], "application/merge-patch+json");
    let body: serde_json::Value = serde_json::from_slice(&sent.body).expect("JSON");
    assert_eq!(body, settings, "every value as it came");

    let error = serde_json::from_value::<Settings>(json!({"counters": {"total": 1, "x": "y"}}))
        .expect_err("a listed map value type");
    assert!(
        error
            .to_string()
            .starts_with("field `counters`: field `x`: invalid type"),
        "{error}"
    );
}

#[tokio::test]
async fn answers_decode_as_the_spec_types_them_and_encode_back_unchanged() {
    use generated_fixtures::fidelity::Client;
    use generated_fixtures::fidelity::types::{Currency, PinComparison, PinMediaMetadata};

    // A page built as `allOf: [Paginated, {items: [Pin]}]`: the items are
    // pins, not JSON; a nullable component is `null` in one and absent in
    // another; an `allOf` of an enum and a string is the enum; the video's
    // fields pick the video alternative even though the image one (listed
    // first, every field optional) would also decode it.
    let page = json!({
        "items": [
            {
                "id": "1",
                "owner": null,
                "price": "USD",
                "media": {"width": 640, "video_url": "https://v/1.mp4", "duration": 12.5},
                "tags": ["a", "b"],
                "created_at": "2026-12-01T10:00:00Z",
                "comparison": "!=",
                "dominant_color": "#6E7874"
            },
            {
                "id": "2",
                "owner": {"username": "ann"},
                "previous_owner": null,
                "price": "NZD",
                "media": {"width": 10, "height": 20},
                "comparison": "-1"
            }
        ],
        "bookmark": null
    });
    let server = server(
        "GET",
        "/boards/b1/pins",
        ResponseTemplate::new(200).set_body_json(page.clone()),
    )
    .await;
    let client: Client = builder(&server).build().expect("valid");
    let decoded = client.boards_list_pins("b1").await.expect("decodes");
    let [video, image] = &decoded.items[..] else {
        panic!("two pins: {decoded:?}")
    };
    assert_eq!(video.owner, None);
    // A property the spec does not list is kept, and written back.
    assert_eq!(
        video.additional_properties.get("dominant_color"),
        Some(&json!("#6E7874"))
    );
    assert_eq!(video.price, Some(Currency::Usd));
    assert_eq!(video.comparison, Some(PinComparison::NotEqual));
    let Some(PinMediaMetadata::VideoMetadata(media)) = &video.media else {
        panic!("a video: {:?}", video.media)
    };
    assert_eq!(
        (media.video_url.as_deref(), media.duration),
        (Some("https://v/1.mp4"), Some(12.5))
    );
    assert!(matches!(
        image.media,
        Some(PinMediaMetadata::ImageMetadata(_))
    ));
    assert_eq!(
        image.owner.as_ref().map(|o| o.username.as_str()),
        Some("ann")
    );
    assert_eq!(
        image.previous_owner,
        Some(None),
        "null kept apart from absent"
    );
    assert_eq!(image.price, Some(Currency::Unknown("NZD".to_owned())));
    assert_eq!(image.comparison, Some(PinComparison::Minus1));
    assert_eq!(serde_json::to_value(&decoded).expect("encodes"), page);

    // A required nullable component must be present.
    let error =
        serde_json::from_value::<generated_fixtures::fidelity::types::Pin>(json!({"id": "3"}))
            .expect_err("owner is required");
    assert_eq!(error.to_string(), "missing field `owner`");
}

#[tokio::test]
async fn bodiless_statuses_wildcard_media_and_numbers_decode_exactly() {
    use generated_fixtures::fidelity::Client;
    use generated_fixtures::fidelity::types::{LeadFormCreateRequest, Measure};

    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/search"))
        .respond_with(ResponseTemplate::new(204))
        .mount(&server)
        .await;
    // A 204 whose spec declares a JSON body: success, nothing decoded.
    Mock::given(method("DELETE"))
        .and(path("/boards/b1/pins"))
        .respond_with(ResponseTemplate::new(204))
        .mount(&server)
        .await;
    // `*/*` with a JSON schema: decoded as JSON, whatever the content type.
    Mock::given(method("GET"))
        .and(path("/pins/p1"))
        .respond_with(ResponseTemplate::new(200).set_body_raw(
            r#"{"id":"p1","owner":{"username":"u"}}"#,
            "application/octet-stream",
        ))
        .mount(&server)
        .await;
    // Numbers: `format: float` keeps every digit the server sent, doubles
    // decode to the nearest value (not one ulp off), uint64 is unsigned.
    let measure = r#"{"ratio":0.1,"count":2.2250738585072011e-308,"big":18446744073709551615}"#;
    Mock::given(method("GET"))
        .and(path("/builder"))
        .respond_with(ResponseTemplate::new(200).set_body_raw(measure, "application/json"))
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/lead_forms"))
        .respond_with(
            ResponseTemplate::new(201)
                .set_body_json(json!({"name": "n", "privacy_policy_link": "https://p"})),
        )
        .mount(&server)
        .await;
    let client: Client = builder(&server).build().expect("valid");

    client
        .boards_delete_pins("b1")
        .await
        .expect("204 has no body");

    // `/search?kind=pins&q={query}`: the literal pair and the parameter go
    // in the query, under the keys the path gives them.
    client.search("red shoes").await.expect("204");
    let searched = requests(&server)
        .await
        .into_iter()
        .find(|request| request.url.path() == "/search")
        .expect("a search request");
    let query: Vec<(String, String)> = searched.url.query_pairs().into_owned().collect();
    assert_eq!(
        query,
        [
            ("kind".to_owned(), "pins".to_owned()),
            ("q".to_owned(), "red shoes".to_owned())
        ]
    );
    let pin = client.pins_get("p1").await.expect("JSON under */*");
    assert_eq!(pin.owner.map(|o| o.username).as_deref(), Some("u"));

    // `builder` is the client's own: the operation takes another name.
    let decoded: Measure = client.builder_2().await.expect("decodes");
    assert_eq!(decoded.ratio, 0.1_f64);
    // Rust's own parser is exact: the decoded double must be its value.
    let exact: f64 = "2.2250738585072011e-308".parse().expect("a float");
    assert_eq!(decoded.count.to_bits(), exact.to_bits());
    assert_eq!(decoded.big, u64::MAX);
    let again: serde_json::Value = serde_json::to_value(&decoded).expect("encodes");
    assert_eq!(
        again,
        serde_json::from_str::<serde_json::Value>(measure).expect("JSON")
    );

    // `allOf: [$ref LeadForm, {required: [...]}]`: both fields required.
    let created = client
        .lead_forms_create(LeadFormCreateRequest {
            additional_properties: Default::default(),
            name: "n".to_owned(),
            privacy_policy_link: "https://p".to_owned(),
        })
        .await
        .expect("decodes");
    assert_eq!(created.privacy_policy_link, "https://p");
    let error = serde_json::from_value::<LeadFormCreateRequest>(json!({"name": "n"}))
        .expect_err("privacy_policy_link is required");
    assert_eq!(error.to_string(), "missing field `privacy_policy_link`");
}

#[tokio::test]
async fn self_mapped_discriminators_intersected_enums_and_nullable_unions_on_the_wire() {
    use generated_fixtures::fidelity::Client;
    use generated_fixtures::fidelity::types::{Event, EventLetter};

    let event = json!({
        "kind": "event",
        "id": "e1",
        "letter": "C",
        "assignee": null,
        "creator": {"username": "ann"}
    });
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/events/e1"))
        .respond_with(ResponseTemplate::new(200).set_body_json(event.clone()))
        .mount(&server)
        .await;
    // A HEAD answer with a body the spec declares: nothing is decoded.
    Mock::given(method("HEAD"))
        .and(path("/events/e1"))
        .respond_with(ResponseTemplate::new(200))
        .mount(&server)
        .await;
    let client: Client = builder(&server).build().expect("valid");
    client.events_probe("e1").await.expect("HEAD has no body");

    // The mapping names `Event` itself: a struct, its tag a typed field.
    let decoded: Event = client.events_get("e1").await.expect("decodes");
    assert_eq!(decoded.id, "e1");
    // `[A, B, C]` and `[B, C, D]` both apply: only B and C are listed.
    assert_eq!(decoded.letter, Some(EventLetter::C));
    let other: Event = serde_json::from_value(json!({"kind": "event", "id": "e2", "letter": "A"}))
        .expect("an unlisted value is kept");
    assert_eq!(other.letter, Some(EventLetter::Unknown("A".to_owned())));
    // `null` for a union one of whose alternatives allows it is kept.
    assert_eq!(decoded.assignee, Some(None));
    assert_eq!(
        decoded
            .creator
            .as_ref()
            .and_then(|c| c.as_ref())
            .map(|c| c.username.as_str()),
        Some("ann")
    );
    assert_eq!(serde_json::to_value(&decoded).expect("encodes"), event);
}
