//! The same types written with serde's derive, as progenitor or typify would
//! emit them: the reference the generated types are measured against.
//! Unknown fields are ignored (not kept), nullable optionals are plain
//! `Option`s, enums have no fallback, unions use serde's `tag` and
//! `untagged`.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PinsListResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bookmark: Option<String>,
    pub items: Vec<Pin>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Pin {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alt_text: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub board_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub board_owner: Option<BoardOwner>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub board_section_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<DateTime<Utc>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub creative_type: Option<CreativeType>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dominant_color: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub has_been_promoted: Option<bool>,
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_owner: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_standard: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub link: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub media: Option<PinMedia>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent_pin_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pin_metrics: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BoardOwner {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum CreativeType {
    #[serde(rename = "REGULAR")]
    Regular,
    #[serde(rename = "VIDEO")]
    Video,
    #[serde(rename = "SHOPPING")]
    Shopping,
    #[serde(rename = "CAROUSEL")]
    Carousel,
    #[serde(rename = "MAX_VIDEO")]
    MaxVideo,
    #[serde(rename = "COLLECTION")]
    Collection,
    #[serde(rename = "IDEA")]
    Idea,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "media_type")]
pub enum PinMedia {
    #[serde(rename = "image")]
    Image(PinMediaWithImage),
    #[serde(rename = "video")]
    Video(PinMediaWithVideo),
    #[serde(rename = "multiple_mixed")]
    MultipleMixed(PinMediaWithImageAndVideo),
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PinMediaWithImage {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub images: Option<ImageSize>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PinMediaWithVideo {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cover_image_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub height: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub video_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub width: Option<i64>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PinMediaWithImageAndVideo {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub items: Option<Vec<PinMediaMetadata>>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum PinMediaMetadata {
    VideoMetadataWithItemType(VideoMetadataWithItemType),
    ImageMetadata(ImageMetadata),
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ImageMetadata {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub images: Option<ImageSize>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub item_type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub link: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
}

/// serde's `untagged` keeps the first alternative that decodes, so the one
/// with more fields goes first, as a careful hand would order them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VideoMetadataWithItemType {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cover_image_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub height: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub item_type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub video_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub width: Option<i64>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ImageSize {
    #[serde(rename = "1200x", default, skip_serializing_if = "Option::is_none")]
    pub _1200x: Option<ImageDetails>,
    #[serde(rename = "150x150", default, skip_serializing_if = "Option::is_none")]
    pub _150x150: Option<ImageDetails>,
    #[serde(rename = "400x300", default, skip_serializing_if = "Option::is_none")]
    pub _400x300: Option<ImageDetails>,
    #[serde(rename = "600x", default, skip_serializing_if = "Option::is_none")]
    pub _600x: Option<ImageDetails>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ImageDetails {
    pub height: Option<i64>,
    pub url: String,
    pub width: Option<i64>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AdResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ad_group_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub android_deep_link: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub carousel_android_deep_links: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub carousel_destination_urls: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub carousel_ios_deep_links: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub click_tracking_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub creative_type: Option<CreativeType>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customizable_cta_type: Option<CustomizableCtaType>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub destination_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disclosure_type: Option<DisclosureType>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disclosure_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub grid_click_type: Option<GridClickType>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ios_deep_link: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_pin_deleted: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_removable: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lead_form_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<EntityStatus>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tracking_urls: Option<TrackingUrls>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub view_tracking_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pin_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ad_account_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub campaign_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub collection_items_destination_url_template: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_time: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rejected_reasons: Option<Vec<RejectedReason>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rejection_labels: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review_status: Option<ReviewStatus>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary_status: Option<EntityStatus>,
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub type_: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_time: Option<i64>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TrackingUrls {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub click: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub engagement: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub impression: Option<Vec<String>>,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum CustomizableCtaType {
    #[serde(rename = "GET_OFFER")]
    GetOffer,
    #[serde(rename = "LEARN_MORE")]
    LearnMore,
    #[serde(rename = "SHOP_NOW")]
    ShopNow,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum DisclosureType {
    #[serde(rename = "NO_DISCLOSURE")]
    NoDisclosure,
    #[serde(rename = "MED_GUIDE")]
    MedGuide,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum GridClickType {
    #[serde(rename = "CLOSEUP")]
    Closeup,
    #[serde(rename = "DIRECT_TO_DESTINATION")]
    DirectToDestination,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum EntityStatus {
    #[serde(rename = "ACTIVE")]
    Active,
    #[serde(rename = "PAUSED")]
    Paused,
    #[serde(rename = "ARCHIVED")]
    Archived,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum RejectedReason {
    #[serde(rename = "HASHTAGS")]
    Hashtags,
    #[serde(rename = "TARGETING")]
    Targeting,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ReviewStatus {
    #[serde(rename = "PENDING")]
    Pending,
    #[serde(rename = "APPROVED")]
    Approved,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Node {
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weight: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub child: Option<Box<Node>>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind")]
pub enum Tree {
    #[serde(rename = "branch")]
    Branch(Branch),
    #[serde(rename = "leaf")]
    Leaf(Leaf),
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Branch {
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weight: Option<f64>,
    pub child: Box<Tree>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Leaf {
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weight: Option<f64>,
}
