//! Pinterest v5 types as the generator writes them for 5.23.0 (the same
//! derives and `wire` attributes; docs left out, enums cut to the values the
//! payloads use plus the fallback), and two recursive types of our own for
//! the depth benchmarks.

// As in the generated module: a union holds its variants by value.
#![allow(clippy::large_enum_variant)]

use openapi_client_runtime::chrono::{DateTime, Utc};
use openapi_client_runtime::{Object, RawFields, StringEnum, Tagged, Untagged};

#[derive(Clone, Debug, PartialEq, Object)]
pub struct PinsListResponse {
    pub bookmark: Option<Option<String>>,
    pub items: Vec<Pin>,
    #[wire(rest)]
    pub additional_properties: RawFields,
}

#[derive(Clone, Debug, PartialEq, Object)]
pub struct Pin {
    pub alt_text: Option<Option<String>>,
    pub board_id: Option<String>,
    pub board_owner: Option<BoardOwner>,
    pub board_section_id: Option<Option<String>>,
    pub created_at: Option<DateTime<Utc>>,
    pub creative_type: Option<Option<CreativeType>>,
    pub description: Option<Option<String>>,
    pub dominant_color: Option<Option<String>>,
    pub has_been_promoted: Option<bool>,
    pub id: String,
    pub is_owner: Option<bool>,
    pub is_standard: Option<bool>,
    pub link: Option<Option<String>>,
    pub media: Option<PinMedia>,
    pub parent_pin_id: Option<Option<String>>,
    #[wire(keep_null)]
    pub pin_metrics: Option<Option<openapi_client_runtime::serde_json::Value>>,
    pub title: Option<Option<String>>,
    #[wire(rest)]
    pub additional_properties: RawFields,
}

#[derive(Clone, Debug, PartialEq, Object)]
pub struct BoardOwner {
    pub username: Option<String>,
    #[wire(rest)]
    pub additional_properties: RawFields,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash, StringEnum)]
pub enum CreativeType {
    #[wire("REGULAR")]
    Regular,
    #[wire("VIDEO")]
    Video,
    #[wire("SHOPPING")]
    Shopping,
    #[wire("CAROUSEL")]
    Carousel,
    #[wire("MAX_VIDEO")]
    MaxVideo,
    #[wire("COLLECTION")]
    Collection,
    #[wire("IDEA")]
    Idea,
    #[wire(other)]
    Unknown(String),
}

#[derive(Clone, Debug, PartialEq, Tagged)]
#[wire(tag = "media_type")]
pub enum PinMedia {
    #[wire("image")]
    Image(PinMediaWithImage),
    #[wire("video")]
    Video(PinMediaWithVideo),
    #[wire("multiple_mixed")]
    MultipleMixed(PinMediaWithImageAndVideo),
    #[wire(other)]
    Unknown(PinMediaUnknown),
}

#[derive(Clone, Debug, PartialEq, Object)]
#[wire(tag = "media_type", "image")]
pub struct PinMediaWithImage {
    pub images: Option<ImageSize>,
    #[wire(rest)]
    pub additional_properties: RawFields,
}

#[derive(Clone, Debug, PartialEq, Object)]
#[wire(tag = "media_type", "video")]
pub struct PinMediaWithVideo {
    pub cover_image_url: Option<String>,
    pub duration: Option<Option<f64>>,
    pub height: Option<Option<i64>>,
    pub video_url: Option<Option<String>>,
    pub width: Option<Option<i64>>,
    #[wire(rest)]
    pub additional_properties: RawFields,
}

#[derive(Clone, Debug, PartialEq, Object)]
#[wire(tag = "media_type", "multiple_mixed")]
pub struct PinMediaWithImageAndVideo {
    pub items: Option<Vec<PinMediaMetadata>>,
    #[wire(rest)]
    pub additional_properties: RawFields,
}

#[derive(Clone, Debug, PartialEq, Object)]
pub struct PinMediaUnknown {
    pub media_type: Option<String>,
    #[wire(rest)]
    pub additional_properties: RawFields,
}

#[derive(Clone, Debug, PartialEq, Untagged)]
pub enum PinMediaMetadata {
    ImageMetadata(ImageMetadata),
    VideoMetadataWithItemType(VideoMetadataWithItemType),
}

#[derive(Clone, Debug, PartialEq, Object)]
pub struct ImageMetadata {
    pub description: Option<Option<String>>,
    pub images: Option<ImageSize>,
    pub item_type: Option<String>,
    pub link: Option<Option<String>>,
    pub title: Option<Option<String>>,
    #[wire(rest)]
    pub additional_properties: RawFields,
}

#[derive(Clone, Debug, PartialEq, Object)]
pub struct VideoMetadataWithItemType {
    pub cover_image_url: Option<String>,
    pub duration: Option<Option<f64>>,
    pub height: Option<Option<i64>>,
    pub item_type: Option<String>,
    pub video_url: Option<Option<String>>,
    pub width: Option<Option<i64>>,
    #[wire(rest)]
    pub additional_properties: RawFields,
}

#[derive(Clone, Debug, PartialEq, Object)]
pub struct ImageSize {
    #[wire("1200x")]
    pub _1200x: Option<ImageDetails>,
    #[wire("150x150")]
    pub _150x150: Option<ImageDetails>,
    #[wire("400x300")]
    pub _400x300: Option<ImageDetails>,
    #[wire("600x")]
    pub _600x: Option<ImageDetails>,
    #[wire(rest)]
    pub additional_properties: RawFields,
}

#[derive(Clone, Debug, PartialEq, Object)]
pub struct ImageDetails {
    #[wire(required)]
    pub height: Option<i64>,
    pub url: String,
    #[wire(required)]
    pub width: Option<i64>,
    #[wire(rest)]
    pub additional_properties: RawFields,
}

#[derive(Clone, Debug, PartialEq, Object)]
pub struct AdResponse {
    pub ad_group_id: Option<String>,
    pub android_deep_link: Option<Option<String>>,
    pub carousel_android_deep_links: Option<Option<Vec<String>>>,
    pub carousel_destination_urls: Option<Option<Vec<String>>>,
    pub carousel_ios_deep_links: Option<Option<Vec<String>>>,
    pub click_tracking_url: Option<Option<String>>,
    pub creative_type: Option<CreativeType>,
    pub customizable_cta_type: Option<Option<CustomizableCtaType>>,
    pub destination_url: Option<Option<String>>,
    pub disclosure_type: Option<Option<DisclosureType>>,
    pub disclosure_url: Option<Option<String>>,
    pub grid_click_type: Option<Option<GridClickType>>,
    pub ios_deep_link: Option<Option<String>>,
    pub is_pin_deleted: Option<bool>,
    pub is_removable: Option<bool>,
    pub lead_form_id: Option<Option<String>>,
    pub name: Option<Option<String>>,
    pub status: Option<EntityStatus>,
    pub tracking_urls: Option<Option<TrackingUrls>>,
    pub view_tracking_url: Option<Option<String>>,
    pub pin_id: Option<String>,
    pub ad_account_id: Option<String>,
    pub campaign_id: Option<String>,
    pub collection_items_destination_url_template: Option<Option<String>>,
    pub created_time: Option<i64>,
    pub id: Option<String>,
    pub rejected_reasons: Option<Vec<RejectedReason>>,
    pub rejection_labels: Option<Vec<String>>,
    pub review_status: Option<ReviewStatus>,
    pub summary_status: Option<EntityStatus>,
    #[wire("type")]
    pub type_: Option<String>,
    pub updated_time: Option<i64>,
    #[wire(rest)]
    pub additional_properties: RawFields,
}

#[derive(Clone, Debug, PartialEq, Object)]
pub struct TrackingUrls {
    pub click: Option<Vec<String>>,
    pub engagement: Option<Vec<String>>,
    pub impression: Option<Vec<String>>,
    #[wire(rest)]
    pub additional_properties: RawFields,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash, StringEnum)]
pub enum CustomizableCtaType {
    #[wire("GET_OFFER")]
    GetOffer,
    #[wire("LEARN_MORE")]
    LearnMore,
    #[wire("SHOP_NOW")]
    ShopNow,
    #[wire(other)]
    Unknown(String),
}

#[derive(Clone, Debug, PartialEq, Eq, Hash, StringEnum)]
pub enum DisclosureType {
    #[wire("NO_DISCLOSURE")]
    NoDisclosure,
    #[wire("MED_GUIDE")]
    MedGuide,
    #[wire(other)]
    Unknown(String),
}

#[derive(Clone, Debug, PartialEq, Eq, Hash, StringEnum)]
pub enum GridClickType {
    #[wire("CLOSEUP")]
    Closeup,
    #[wire("DIRECT_TO_DESTINATION")]
    DirectToDestination,
    #[wire(other)]
    Unknown(String),
}

#[derive(Clone, Debug, PartialEq, Eq, Hash, StringEnum)]
pub enum EntityStatus {
    #[wire("ACTIVE")]
    Active,
    #[wire("PAUSED")]
    Paused,
    #[wire("ARCHIVED")]
    Archived,
    #[wire(other)]
    Unknown(String),
}

#[derive(Clone, Debug, PartialEq, Eq, Hash, StringEnum)]
pub enum RejectedReason {
    #[wire("HASHTAGS")]
    Hashtags,
    #[wire("TARGETING")]
    Targeting,
    #[wire(other)]
    Unknown(String),
}

#[derive(Clone, Debug, PartialEq, Eq, Hash, StringEnum)]
pub enum ReviewStatus {
    #[wire("PENDING")]
    Pending,
    #[wire("APPROVED")]
    Approved,
    #[wire(other)]
    Unknown(String),
}

/// A recursive object: each level holds the next.
#[derive(Clone, Debug, PartialEq, Object)]
pub struct Node {
    pub id: String,
    pub label: Option<Option<String>>,
    pub weight: Option<f64>,
    pub child: Option<Box<Node>>,
    #[wire(rest)]
    pub additional_properties: RawFields,
}

/// A recursive tagged union: a branch holds the next level.
#[derive(Clone, Debug, PartialEq, Tagged)]
#[wire(tag = "kind")]
pub enum Tree {
    #[wire("branch")]
    Branch(Branch),
    #[wire("leaf")]
    Leaf(Leaf),
    #[wire(other)]
    Unknown(TreeUnknown),
}

#[derive(Clone, Debug, PartialEq, Object)]
#[wire(tag = "kind", "branch")]
pub struct Branch {
    pub id: String,
    pub weight: Option<f64>,
    pub child: Box<Tree>,
    #[wire(rest)]
    pub additional_properties: RawFields,
}

#[derive(Clone, Debug, PartialEq, Object)]
#[wire(tag = "kind", "leaf")]
pub struct Leaf {
    pub id: String,
    pub weight: Option<f64>,
    #[wire(rest)]
    pub additional_properties: RawFields,
}

#[derive(Clone, Debug, PartialEq, Object)]
pub struct TreeUnknown {
    pub kind: Option<String>,
    #[wire(rest)]
    pub additional_properties: RawFields,
}
