//! This crate's blocks of the message registry: the shared words (`i18n::msg`), the field
//! messages of the domain rules and the labels of every vocabulary. The app and the server
//! list theirs beside it; `opstap_server::messages` joins the three and its tests check the
//! whole (both languages, same placeholders, every declared block listed).

use crate::domain::{self, kinds, role};
use crate::i18n::{msg, Block};

pub const BLOCKS: &[&Block] = &[
    &msg::COMMON,
    &domain::buddies::DOMAIN_BUDDIES,
    &domain::campaigns::form::DOMAIN_CAMPAIGNS,
    &domain::campaigns::change::DOMAIN_CAMPAIGN_CHANGE,
    &domain::campaigns::outcomes::DOMAIN_OUTCOMES,
    &domain::campaigns::members::DOMAIN_MEMBERS,
    &domain::campaigns::waves::DOMAIN_WAVES,
    &domain::candidates::DOMAIN_CANDIDATES,
    &domain::email::DOMAIN_EMAIL,
    &domain::fields::DOMAIN_FIELDS,
    &domain::intake::form::DOMAIN_INTAKE,
    &domain::intake::ladder::DOMAIN_LADDER,
    &domain::intake::ladder::LADDER_STEPS,
    &domain::kvk::DOMAIN_KVK,
    &domain::matching::DOMAIN_MATCHING_RULES,
    &domain::openings::DOMAIN_OPENINGS,
    &domain::password::DOMAIN_PASSWORD,
    &domain::placements::DOMAIN_PLACEMENTS,
    &domain::postcode::DOMAIN_POSTCODE,
    &domain::privacy::DOMAIN_PRIVACY,
    &domain::proposals::DOMAIN_PROPOSALS,
    &domain::registration::DOMAIN_REGISTRATION,
    &domain::reports::DOMAIN_REPORTS,
    &domain::retention::DOMAIN_RETENTION,
    &domain::settings::DOMAIN_SETTINGS,
];

/// The vocabularies' labels (each `text_enum!` is a block of its own).
pub const VOCABULARIES: &[&Block] = &[
    &kinds::EmployerStatus::MESSAGES,
    &domain::caseload::CaseloadField::MESSAGES,
    &domain::caseload::RowProblemKind::MESSAGES,
    &domain::caseload::FileProblem::MESSAGES,
    &domain::caseload::ImportStatus::MESSAGES,
    &domain::caseload::PreviewShow::MESSAGES,
    &domain::campaigns::InvitationStatus::MESSAGES,
    &domain::campaigns::InvitationChannel::MESSAGES,
    &domain::campaigns::AttemptMode::MESSAGES,
    &domain::campaigns::ExemptionReason::MESSAGES,
    &domain::campaigns::CoverageState::MESSAGES,
    &domain::campaigns::CampaignStatus::MESSAGES,
    &domain::intake::Transport::MESSAGES,
    &kinds::OpeningKind::MESSAGES,
    &kinds::OpeningStatus::MESSAGES,
    &kinds::Sector::MESSAGES,
    &kinds::TargetGroup::MESSAGES,
    &kinds::DutchLevel::MESSAGES,
    &kinds::EducationLevel::MESSAGES,
    &kinds::ContractType::MESSAGES,
    &kinds::CandidateStatus::MESSAGES,
    &kinds::ProposalStatus::MESSAGES,
    &kinds::PlacementOutcome::MESSAGES,
    &kinds::BenefitExit::MESSAGES,
    &kinds::Rhythm::MESSAGES,
    &kinds::RetentionSource::MESSAGES,
    &kinds::CheckinMode::MESSAGES,
    &kinds::ConsentScope::MESSAGES,
    &kinds::Motivation::MESSAGES,
    &kinds::DeclineReason::MESSAGES,
    &role::Role::MESSAGES,
];
