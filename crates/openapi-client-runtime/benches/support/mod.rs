//! What both decoding benchmarks share: the types, the serde-derive mirror
//! and the payloads.

pub mod generated_types;
pub mod payloads;
pub mod serde_mirror;

/// One payload: its name, its JSON, and a decoder through each set of
/// types (each returns the decoded value, dropped by the caller).
pub struct Payload {
    pub name: String,
    pub json: String,
    pub ours: fn(&[u8]),
    pub serde: fn(&[u8]),
}

fn decode<T: serde::de::DeserializeOwned>(json: &[u8]) {
    let value: T = serde_json::from_slice(json).expect("the payload decodes");
    std::hint::black_box(value);
}

/// Every payload the issue asks for, smallest first.
pub fn payloads() -> Vec<Payload> {
    use generated_types as ours;
    use serde_mirror as mirror;
    let mut all = Vec::new();
    for count in [25, 250, 2500] {
        all.push(Payload {
            name: format!("page of {count} pins, image media"),
            json: payloads::pins_page(count, false),
            ours: decode::<ours::PinsListResponse>,
            serde: decode::<mirror::PinsListResponse>,
        });
    }
    all.push(Payload {
        name: "page of 250 pins, mixed media (untagged items)".to_owned(),
        json: payloads::pins_page(250, true),
        ours: decode::<ours::PinsListResponse>,
        serde: decode::<mirror::PinsListResponse>,
    });
    all.push(Payload {
        name: "flat 32-field AdResponse".to_owned(),
        json: payloads::ad(),
        ours: decode::<ours::AdResponse>,
        serde: decode::<mirror::AdResponse>,
    });
    for depth in [1, 6, 120] {
        all.push(Payload {
            name: format!("recursive object, {depth} deep"),
            json: payloads::node_chain(depth),
            ours: decode::<Box<ours::Node>>,
            serde: decode::<Box<mirror::Node>>,
        });
    }
    for depth in [1, 6, 120] {
        all.push(Payload {
            name: format!("recursive tagged union, {depth} deep, tag first"),
            json: payloads::tree_chain(depth, true),
            ours: decode::<ours::Tree>,
            serde: decode::<mirror::Tree>,
        });
    }
    for depth in [6, 120] {
        all.push(Payload {
            name: format!("recursive tagged union, {depth} deep, tag last"),
            json: payloads::tree_chain(depth, false),
            ours: decode::<ours::Tree>,
            serde: decode::<mirror::Tree>,
        });
    }
    all
}
