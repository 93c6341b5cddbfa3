//! The JSON the decoding benchmarks read: built from the generated types
//! and written by their own encoder (spec order, a union's tag first), so
//! both decoders read byte-identical text.

use openapi_client_runtime::RawFields;
use openapi_client_runtime::chrono::{TimeZone, Utc};

use super::generated_types::*;

fn details(size: &str, width: i64, height: i64, seed: usize) -> ImageDetails {
    ImageDetails {
        height: Some(height),
        url: format!("https://i.pinimg.com/{size}/0d/4e/2a/{seed:08x}c1d2e3f4.jpg"),
        width: Some(width),
        additional_properties: RawFields::default(),
    }
}

fn image_size(seed: usize) -> ImageSize {
    ImageSize {
        _1200x: Some(details("1200x", 1200, 1800, seed)),
        _150x150: Some(details("150x150", 150, 150, seed)),
        _400x300: Some(details("400x300", 400, 300, seed)),
        _600x: Some(details("600x", 600, 900, seed)),
        additional_properties: RawFields::default(),
    }
}

fn video(seed: usize) -> VideoMetadataWithItemType {
    VideoMetadataWithItemType {
        cover_image_url: Some(format!(
            "https://i.pinimg.com/videos/thumbnails/{seed:08x}.jpg"
        )),
        duration: Some(Some(15_250.0 + seed as f64)),
        height: Some(Some(1920)),
        item_type: Some("video".to_owned()),
        video_url: Some(Some(format!(
            "https://v1.pinimg.com/videos/mc/720p/{seed:08x}.mp4"
        ))),
        width: Some(Some(1080)),
        additional_properties: RawFields::default(),
    }
}

fn media(seed: usize, mixed: bool) -> PinMedia {
    if !mixed {
        return PinMedia::Image(PinMediaWithImage {
            images: Some(image_size(seed)),
            additional_properties: RawFields::default(),
        });
    }
    let items = (0..4)
        .map(|item| {
            if item % 2 == 0 {
                PinMediaMetadata::ImageMetadata(ImageMetadata {
                    description: Some(Some(format!("Step {item} of the recipe"))),
                    images: Some(image_size(seed + item)),
                    item_type: Some("image".to_owned()),
                    link: Some(Some("https://www.example.com/recipes/bread".to_owned())),
                    title: Some(Some(format!("Step {item}"))),
                    additional_properties: RawFields::default(),
                })
            } else {
                PinMediaMetadata::VideoMetadataWithItemType(video(seed + item))
            }
        })
        .collect();
    PinMedia::MultipleMixed(PinMediaWithImageAndVideo {
        items: Some(items),
        additional_properties: RawFields::default(),
    })
}

fn pin(seed: usize, mixed: bool) -> Pin {
    Pin {
        alt_text: Some(Some(
            "A loaf of sourdough bread on a wooden board".to_owned(),
        )),
        board_id: Some(format!("{:018}", 549_755_885_175 + seed)),
        board_owner: Some(BoardOwner {
            username: Some(format!("baker{}", seed % 97)),
            additional_properties: RawFields::default(),
        }),
        board_section_id: Some(Some(format!("{:018}", 5_027_630_990_032 + seed))),
        created_at: Some(
            Utc.with_ymd_and_hms(2020, 1, 1, 20, 10, 40)
                .single()
                .expect("a valid instant")
                + openapi_client_runtime::chrono::Duration::seconds(seed as i64),
        ),
        creative_type: Some(Some(if mixed {
            CreativeType::Carousel
        } else {
            CreativeType::Regular
        })),
        description: Some(Some(
            "Our favourite weekend sourdough: a long, cold rise and a very hot oven.".to_owned(),
        )),
        dominant_color: Some(Some("#6E7874".to_owned())),
        has_been_promoted: Some(seed.is_multiple_of(3)),
        id: format!("{:018}", 813_744_226_420_795_884u64 + seed as u64),
        is_owner: Some(true),
        is_standard: Some(true),
        link: Some(Some(format!("https://www.example.com/recipes/{seed}"))),
        media: Some(media(seed, mixed)),
        parent_pin_id: Some(None),
        pin_metrics: Some(Some(openapi_client_runtime::serde_json::json!({
            "90d": {"pin_click": 7, "impression": 2, "clickthrough": 3},
            "all_time": {"pin_click": 7, "impression": 2, "clickthrough": 3, "reaction": 10, "comment": 2}
        }))),
        title: Some(Some("Weekend sourdough".to_owned())),
        additional_properties: RawFields::default(),
    }
}

/// A page of `count` pins; `mixed` gives each a carousel of two images and
/// two videos (an untagged union per item) in place of one image.
pub fn pins_page(count: usize, mixed: bool) -> String {
    let page = PinsListResponse {
        bookmark: Some(Some("Y2JOb25lO".to_owned())),
        items: (0..count).map(|seed| pin(seed, mixed)).collect(),
        additional_properties: RawFields::default(),
    };
    openapi_client_runtime::serde_json::to_string(&page).expect("encodes")
}

/// One ad with every field set: a flat object of 32 fields.
pub fn ad() -> String {
    let urls = |kind: &str| {
        Some(
            (0..3)
                .map(|n| format!("https://t.example.com/{kind}/{n}"))
                .collect(),
        )
    };
    let ad = AdResponse {
        ad_group_id: Some("2680059592705".to_owned()),
        android_deep_link: Some(Some("pinterest://board/1".to_owned())),
        carousel_android_deep_links: Some(Some(vec!["a://1".to_owned(), "a://2".to_owned()])),
        carousel_destination_urls: Some(Some(vec!["https://example.com/1".to_owned()])),
        carousel_ios_deep_links: Some(Some(vec!["i://1".to_owned(), "i://2".to_owned()])),
        click_tracking_url: Some(Some("https://t.example.com/click".to_owned())),
        creative_type: Some(CreativeType::Regular),
        customizable_cta_type: Some(Some(CustomizableCtaType::LearnMore)),
        destination_url: Some(Some("https://www.example.com/shop".to_owned())),
        disclosure_type: Some(Some(DisclosureType::NoDisclosure)),
        disclosure_url: Some(Some("https://www.example.com/disclosure".to_owned())),
        grid_click_type: Some(Some(GridClickType::Closeup)),
        ios_deep_link: Some(Some("pinterest://board/2".to_owned())),
        is_pin_deleted: Some(false),
        is_removable: Some(false),
        lead_form_id: Some(Some("383791336903426391".to_owned())),
        name: Some(Some("Summer sale, carousel".to_owned())),
        status: Some(EntityStatus::Active),
        tracking_urls: Some(Some(TrackingUrls {
            click: urls("click"),
            engagement: urls("engagement"),
            impression: urls("impression"),
            additional_properties: RawFields::default(),
        })),
        view_tracking_url: Some(Some("https://t.example.com/view".to_owned())),
        pin_id: Some("394205773611545468".to_owned()),
        ad_account_id: Some("549755885175".to_owned()),
        campaign_id: Some("626735565838".to_owned()),
        collection_items_destination_url_template: Some(Some(
            "https://example.com/product/{{PRODUCT_ID}}".to_owned(),
        )),
        created_time: Some(1_451_431_341),
        id: Some("687195905986".to_owned()),
        rejected_reasons: Some(vec![RejectedReason::Hashtags, RejectedReason::Targeting]),
        rejection_labels: Some(vec!["Not relevant".to_owned()]),
        review_status: Some(ReviewStatus::Approved),
        summary_status: Some(EntityStatus::Paused),
        type_: Some("ad".to_owned()),
        updated_time: Some(1_451_431_341),
        additional_properties: RawFields::default(),
    };
    openapi_client_runtime::serde_json::to_string(&ad).expect("encodes")
}

/// A chain of `depth` [`Node`]s, each the child of the one before.
pub fn node_chain(depth: usize) -> String {
    let mut node: Option<Box<Node>> = None;
    for level in (0..depth).rev() {
        node = Some(Box::new(Node {
            id: format!("node-{level}"),
            label: Some(Some(format!("level {level}"))),
            weight: Some(level as f64 + 0.5),
            child: node,
            additional_properties: RawFields::default(),
        }));
    }
    let node = node.expect("depth is at least 1");
    openapi_client_runtime::serde_json::to_string(&node).expect("encodes")
}

/// A chain of `depth` [`Tree`] levels: branches down to one leaf. With
/// `tag_first`, each object starts with its `kind` (as this crate's encoder
/// writes it); otherwise `kind` comes last, after the nested child, so a
/// decoder must hold the fields before it.
pub fn tree_chain(depth: usize, tag_first: bool) -> String {
    let mut text = String::new();
    for level in 0..depth {
        let kind = if level + 1 == depth { "leaf" } else { "branch" };
        if tag_first {
            text.push_str(&format!(
                r#"{{"kind":"{kind}","id":"node-{level}","weight":{level}.5"#
            ));
        } else {
            text.push_str(&format!(r#"{{"id":"node-{level}","weight":{level}.5"#));
        }
        if level + 1 < depth {
            text.push_str(r#","child":"#);
        }
    }
    for level in (0..depth).rev() {
        let kind = if level + 1 == depth { "leaf" } else { "branch" };
        if !tag_first {
            text.push_str(&format!(r#","kind":"{kind}""#));
        }
        text.push('}');
    }
    text
}
