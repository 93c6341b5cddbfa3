//! Clients generated at build time for the small specs that each isolate one
//! construct; the tests drive them against a local HTTP server.

include!(concat!(env!("OUT_DIR"), "/all_of_merge.rs"));
include!(concat!(env!("OUT_DIR"), "/basic_auth.rs"));
include!(concat!(env!("OUT_DIR"), "/default_response.rs"));
include!(concat!(env!("OUT_DIR"), "/discriminator_without_one_of.rs"));
include!(concat!(env!("OUT_DIR"), "/form_body.rs"));
include!(concat!(env!("OUT_DIR"), "/fidelity.rs"));
include!(concat!(env!("OUT_DIR"), "/formats.rs"));
include!(concat!(env!("OUT_DIR"), "/hostile_text.rs"));
include!(concat!(env!("OUT_DIR"), "/huge_text.rs"));
include!(concat!(env!("OUT_DIR"), "/inline_discriminator.rs"));
include!(concat!(env!("OUT_DIR"), "/maps_and_free_form.rs"));
include!(concat!(env!("OUT_DIR"), "/multipart.rs"));
include!(concat!(env!("OUT_DIR"), "/nullable_optional.rs"));
include!(concat!(env!("OUT_DIR"), "/one_of_untagged.rs"));
include!(concat!(env!("OUT_DIR"), "/pagination.rs"));
include!(concat!(env!("OUT_DIR"), "/parameter_shapes.rs"));
include!(concat!(env!("OUT_DIR"), "/recursive_types.rs"));
include!(concat!(env!("OUT_DIR"), "/responses_by_status.rs"));
include!(concat!(env!("OUT_DIR"), "/split.rs"));

/// Each spec's `roundtrip(type_name, text)`, which sends JSON through the
/// named generated type and back, and `ALL` of them by spec name: for the
/// drawn-values test.
pub mod roundtrip {
    include!(concat!(env!("OUT_DIR"), "/roundtrip.rs"));
}
