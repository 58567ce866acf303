//! Field tables of the Dastra DTOs the double binds and validates.
//!
//! The tables below `// --- generated ---` were produced from
//! `shared/dastra-api/openapi.json` (`components.schemas`, 2023-10 export): one entry per
//! property, in spec order, with its type, `nullable`, membership of `required` and
//! `readOnly`. Only `TagDto`, `DataBreachPersonCategoryDto` and `DataBreachNotificationDto`
//! are bound as nested objects (and validated, like ASP.NET Core validates nested models);
//! every other nested DTO is carried as opaque JSON. Hand-written additions are marked.

/// The JSON type of one DTO property, as System.Text.Json would bind it.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Ty {
    /// `string`, with its `maxLength` (counted in UTF-16 code units, like .NET).
    Str(Option<usize>),
    /// `integer` / `int32`.
    I32,
    /// `integer` / `int64`.
    I64,
    /// `boolean`.
    Bool,
    /// `string` / `date-time`.
    DateTime,
    /// `string` / `uuid`.
    Uuid,
    /// A string enum.
    Enum(&'static EnumDef),
    /// An array of the inner type.
    Array(&'static Ty),
    /// A nested DTO, bound and validated.
    Object(&'static Dto),
    /// Anything (nested DTOs the double does not model, `additionalDatas`, `customFields`).
    Any,
}

/// One DTO property.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Field {
    /// camelCase name on the wire.
    pub name: &'static str,
    pub ty: Ty,
    pub nullable: bool,
    /// In the schema's `required` list ([Required] in the C# model).
    pub required: bool,
    /// `readOnly` in the schema (getter-only: ignored on input).
    pub read_only: bool,
    /// `[MinLength(1)]` on an array (hand-written: the schema has no `minItems`).
    pub non_empty: bool,
}

impl Field {
    /// The array must hold at least one item.
    pub(crate) const fn non_empty(mut self) -> Self {
        self.non_empty = true;
        self
    }
}

/// Shorthand for the generated tables.
pub(crate) const fn f(
    name: &'static str,
    ty: Ty,
    nullable: bool,
    required: bool,
    read_only: bool,
) -> Field {
    Field {
        name,
        ty,
        nullable,
        required,
        read_only,
        non_empty: false,
    }
}

/// A DTO: its C# name (used in some ASP.NET error messages) and its properties.
#[derive(Debug)]
pub(crate) struct Dto {
    pub name: &'static str,
    pub fields: &'static [Field],
}

impl Dto {
    /// The property whose name matches `name` case-insensitively (System.Text.Json with
    /// ASP.NET Core's web defaults matches property names case-insensitively).
    pub(crate) fn field(&self, name: &str) -> Option<&'static Field> {
        self.fields
            .iter()
            .find(|f| f.name.eq_ignore_ascii_case(name))
    }
}

/// A string enum (`JsonStringEnumConverter`).
#[derive(Debug)]
pub(crate) struct EnumDef {
    pub name: &'static str,
    pub values: &'static [&'static str],
}

// --- generated ---

/// `ClosedReason` ([SPEC]).
pub(crate) const CLOSED_REASON: EnumDef = EnumDef {
    name: "ClosedReason",
    values: &[
        "None",
        "Accepted",
        "Duplicate",
        "WrongIdentity",
        "NotAdmissible",
        "Other",
        "Cancelled",
        "FiledAway",
    ],
};
/// `DataBreachImpactScore` ([SPEC]).
pub(crate) const DATA_BREACH_IMPACT_SCORE: EnumDef = EnumDef {
    name: "DataBreachImpactScore",
    values: &["Unset", "VeryLow", "Limited", "Important", "Maximal"],
};
/// `DataBreachNotificationSupport` ([SPEC]).
pub(crate) const DATA_BREACH_NOTIFICATION_SUPPORT: EnumDef = EnumDef {
    name: "DataBreachNotificationSupport",
    values: &[
        "Mail",
        "Letter",
        "PhoneCall",
        "WebsiteBanner",
        "Campaign",
        "Other",
    ],
};
/// `DataBreachNotificationType` ([SPEC]).
pub(crate) const DATA_BREACH_NOTIFICATION_TYPE: EnumDef = EnumDef {
    name: "DataBreachNotificationType",
    values: &["DataProtectionAuthorities", "Communication"],
};
/// `DataBreachProbabilityScore` ([SPEC]).
pub(crate) const DATA_BREACH_PROBABILITY_SCORE: EnumDef = EnumDef {
    name: "DataBreachProbabilityScore",
    values: &["Unset", "VeryLow", "Limited", "Important", "Maximal"],
};
/// `DataBreachReason` ([SPEC]).
pub(crate) const DATA_BREACH_REASON: EnumDef = EnumDef {
    name: "DataBreachReason",
    values: &[
        "Unknown",
        "InternalIntentional",
        "InternalAccident",
        "ExternalIntentional",
        "ExternalAccident",
        "Other",
    ],
};
/// `DataBreachRiskLevel` ([SPEC]).
pub(crate) const DATA_BREACH_RISK_LEVEL: EnumDef = EnumDef {
    name: "DataBreachRiskLevel",
    values: &["Low", "Medium", "High"],
};
/// `DataBreachState` ([SPEC]).
pub(crate) const DATA_BREACH_STATE: EnumDef = EnumDef {
    name: "DataBreachState",
    values: &["Open", "Active", "Closed", "Archived2"],
};
/// `DataSubjectPurposeType` ([SPEC]).
pub(crate) const DATA_SUBJECT_PURPOSE_TYPE: EnumDef = EnumDef {
    name: "DataSubjectPurposeType",
    values: &[
        "Unknown",
        "Information",
        "Access",
        "Rectification",
        "Erasure",
        "Restriction",
        "Opposition",
        "Portability",
        "AdvanceDirectives",
        "AutomatedDecision",
    ],
};
/// `DataSubjectRequestSource` ([SPEC]).
pub(crate) const DATA_SUBJECT_REQUEST_SOURCE: EnumDef = EnumDef {
    name: "DataSubjectRequestSource",
    values: &[
        "Internal",
        "Form",
        "Widget",
        "POP3",
        "IMAP",
        "Import",
        "Zapier",
        "IncomingEmail",
    ],
};
/// `DataSubjectRequestState` ([SPEC]).
pub(crate) const DATA_SUBJECT_REQUEST_STATE: EnumDef = EnumDef {
    name: "DataSubjectRequestState",
    values: &[
        "Open",
        "IdentityValidation",
        "Processing",
        "Active",
        "Closed",
    ],
};
/// `NoCommunicationReason` ([SPEC]).
pub(crate) const NO_COMMUNICATION_REASON: EnumDef = EnumDef {
    name: "NoCommunicationReason",
    values: &["ImpossibleToRecover", "HighRiskImpossible"],
};
/// `PersonCategoryType` ([SPEC]).
pub(crate) const PERSON_CATEGORY_TYPE: EnumDef = EnumDef {
    name: "PersonCategoryType",
    values: &[
        "Prospect",
        "Client",
        "FormerClient",
        "ParticularPerson",
        "Employee",
        "Candidate",
        "ExternalProvider",
        "ExternalServiceProvider",
        "Other",
        "TemporaryWorker",
        "Agent",
        "ElectedRepresentative",
        "PublicServiceUser",
        "Visitors",
        "OldEmployee",
        "EndUsers",
        "Citizen",
        "Patient",
        "HealthProfessional",
        "Students",
        "AgedPeople",
        "Member",
        "Beneficiary",
        "Child",
        "InternetUsers",
    ],
};
/// `Priority` ([SPEC]).
pub(crate) const PRIORITY: EnumDef = EnumDef {
    name: "Priority",
    values: &["High", "Medium", "Low"],
};
/// `TagType` ([SPEC]).
pub(crate) const TAG_TYPE: EnumDef = EnumDef {
    name: "TagType",
    values: &[
        "DataProcessing",
        "DataSubject",
        "DataBreach",
        "Task",
        "Actor",
        "SecurityMeasure",
        "Asset",
        "Risk",
        "DataRetentionRule",
        "AuditTemplate",
    ],
};
/// `TaskObjectType` ([SPEC]).
pub(crate) const TASK_OBJECT_TYPE: EnumDef = EnumDef {
    name: "TaskObjectType",
    values: &[
        "DataProcessing",
        "DataSubject",
        "DataBreach",
        "AuditResponse",
        "Actor",
        "Asset",
        "DataRetentionRule",
        "RiskEvaluation",
        "ControlPoint",
        "SecurityMeasure",
    ],
};
/// `TaskState` ([SPEC]).
pub(crate) const TASK_STATE: EnumDef = EnumDef {
    name: "TaskState",
    values: &["Open", "Active", "Closed", "Archived"],
};

/// `TagDto` ([SPEC] `components.schemas.TagDto`).
pub(crate) const TAG_DTO: Dto = Dto {
    name: "TagDto",
    fields: &[
        f("id", Ty::I32, false, false, false),
        f("label", Ty::Str(Some(360)), false, true, false),
        f("type", Ty::Enum(&TAG_TYPE), false, true, false),
        f("color", Ty::Str(Some(10)), true, false, false),
    ],
};

/// `DataBreachPersonCategoryDto` ([SPEC] `components.schemas.DataBreachPersonCategoryDto`).
pub(crate) const BREACH_PERSON_CATEGORY_DTO: Dto = Dto {
    name: "DataBreachPersonCategoryDto",
    fields: &[
        f("id", Ty::Uuid, false, false, false),
        f("label", Ty::Str(None), true, false, false),
        f("type", Ty::Enum(&PERSON_CATEGORY_TYPE), false, false, false),
        f("volume", Ty::I64, true, false, false),
    ],
};

/// `DataBreachNotificationDto` ([SPEC] `components.schemas.DataBreachNotificationDto`).
pub(crate) const BREACH_NOTIFICATION_DTO: Dto = Dto {
    name: "DataBreachNotificationDto",
    fields: &[
        f("id", Ty::Uuid, false, false, false),
        f("date", Ty::DateTime, false, true, false),
        f("identifier", Ty::Str(Some(150)), true, false, false),
        f(
            "support",
            Ty::Enum(&DATA_BREACH_NOTIFICATION_SUPPORT),
            false,
            false,
            false,
        ),
        f(
            "type",
            Ty::Enum(&DATA_BREACH_NOTIFICATION_TYPE),
            false,
            false,
            false,
        ),
        f("htmlContent", Ty::Str(None), true, false, false),
        f("numberPeopleNotified", Ty::I32, true, false, false),
    ],
};

/// `DataSubjectRequestDto` ([SPEC] `components.schemas.DataSubjectRequestDto`).
pub(crate) const DSR_DTO: Dto = Dto {
    name: "DataSubjectRequestDto",
    fields: &[
        f("closedByUser", Ty::Any, false, false, false),
        f("area", Ty::Any, false, false, false),
        f("creator", Ty::Any, false, false, false),
        f("operator", Ty::Any, false, false, false),
        f("operatorId", Ty::I32, true, false, false),
        f("attachments", Ty::Array(&Ty::Any), true, false, false),
        f("tags", Ty::Array(&Ty::Object(&TAG_DTO)), true, false, false),
        f("id", Ty::I32, false, false, false),
        f("title", Ty::Str(None), false, true, false),
        f("locale", Ty::Str(Some(10)), false, true, false),
        f("archived", Ty::Bool, false, false, false),
        f("archivedDate", Ty::DateTime, true, false, false),
        f(
            "personCategory",
            Ty::Enum(&PERSON_CATEGORY_TYPE),
            false,
            false,
            false,
        ),
        f("complex", Ty::Bool, false, false, false),
        f("dateClosed", Ty::DateTime, true, false, false),
        f("areaId", Ty::I32, false, true, false),
        f(
            "state",
            Ty::Enum(&DATA_SUBJECT_REQUEST_STATE),
            false,
            false,
            false,
        ),
        f("description", Ty::Str(None), true, false, false),
        f("message", Ty::Str(None), true, false, false),
        f("resolutionMessage", Ty::Str(None), true, false, false),
        f("email", Ty::Str(Some(255)), true, false, false),
        f("phoneNumber", Ty::Str(Some(60)), true, false, false),
        f("givenName", Ty::Str(Some(180)), true, false, false),
        f("familyName", Ty::Str(Some(180)), true, false, false),
        f("dateCreation", Ty::DateTime, false, false, false),
        f("dateUpdate", Ty::DateTime, true, false, false),
        f("workFlowStep", Ty::Any, false, false, false),
        f("workFlowStepId", Ty::I32, true, false, false),
        f(
            "channel",
            Ty::Enum(&DATA_SUBJECT_REQUEST_SOURCE),
            false,
            false,
            false,
        ),
        f("refId", Ty::Str(Some(355)), true, false, false),
        f("userId", Ty::Str(Some(355)), true, false, false),
        f(
            "purposes",
            Ty::Array(&Ty::Enum(&DATA_SUBJECT_PURPOSE_TYPE)),
            false,
            true,
            false,
        )
        .non_empty(), // hand-written: "at least one is required" [README.IO]
        f(
            "closedReason",
            Ty::Enum(&CLOSED_REASON),
            false,
            false,
            false,
        ),
        f("closedReasonDescription", Ty::Str(None), true, false, false),
        f("expiryTime", Ty::DateTime, true, false, false),
        f("address", Ty::Str(Some(350)), true, false, false),
        f("zipCode", Ty::Str(Some(8)), true, false, false),
        f("city", Ty::Str(Some(255)), true, false, false),
        f("countryCode", Ty::Str(Some(2)), true, false, false),
        f("nbMessages", Ty::I32, false, false, false),
        f("nbMessagesNotViewed", Ty::I32, false, false, false),
        f("remainingDays", Ty::I32, true, false, true),
        f("closingTime", Ty::I32, true, false, true),
        f("additionalDatas", Ty::Any, true, false, false),
        f("userNotified", Ty::Bool, false, false, false),
        f("dateUserNotified", Ty::DateTime, true, false, false),
        f("sendNotification", Ty::Bool, false, false, false),
        f("emailValidationDate", Ty::DateTime, false, false, false),
        f("mailValidated", Ty::Bool, false, false, false),
        f("referrerUrl", Ty::Str(None), true, false, false),
        f("demandId", Ty::Str(None), true, false, false),
        f("identityValidated", Ty::Bool, false, false, true),
        f("dateIdentityValidated", Ty::DateTime, true, false, false),
        f("widgetId", Ty::I32, true, false, false),
        // hand-written: newer than the spec, present in the 2023-09 JSON sample [DSR-DOC FR]
        f("dateDemand", Ty::DateTime, true, false, false),
        f("subjectCategoryId", Ty::I32, true, false, false),
        f("subjectCategory", Ty::Any, true, false, true),
        f("customFields", Ty::Any, true, false, false),
        f("nbMessagesIncoming", Ty::I32, false, false, true),
        f("lastMessageDate", Ty::DateTime, true, false, true),
    ],
};

/// `DataSubjectMessageCreationDto` ([SPEC] `components.schemas.DataSubjectMessageCreationDto`).
pub(crate) const MESSAGE_CREATION_DTO: Dto = Dto {
    name: "DataSubjectMessageCreationDto",
    fields: &[
        f("attachments", Ty::Array(&Ty::Any), true, false, false),
        f("message", Ty::Str(Some(3000)), false, true, false),
        f("dataSubjectRequestId", Ty::I32, false, false, false),
    ],
};

/// `TaskCreateUpdateDto` ([SPEC] `components.schemas.TaskCreateUpdateDto`).
pub(crate) const TASK_CREATE_DTO: Dto = Dto {
    name: "TaskCreateUpdateDto",
    fields: &[
        f("id", Ty::I32, false, false, false),
        f("archived", Ty::Bool, false, false, false),
        f("projectId", Ty::Uuid, true, false, false),
        f("iterationId", Ty::Uuid, true, false, false),
        f("label", Ty::Str(Some(120)), false, true, false),
        f("descriptionHtml", Ty::Str(None), true, false, false),
        f("objectId", Ty::Str(None), true, false, false),
        f(
            "objectType",
            Ty::Enum(&TASK_OBJECT_TYPE),
            false,
            false,
            false,
        ),
        f("priority", Ty::Enum(&PRIORITY), false, false, false),
        f("state", Ty::Enum(&TASK_STATE), false, false, false),
        f("color", Ty::Str(None), true, false, false),
        f("workFlowStepId", Ty::I32, true, false, false),
        f("deadline", Ty::DateTime, true, false, false),
        f("attachments", Ty::Array(&Ty::Any), true, false, false),
        f("tags", Ty::Array(&Ty::Object(&TAG_DTO)), true, false, false),
        f("ownerId", Ty::I32, true, false, false),
        f("assignedToUserId", Ty::I32, true, false, false),
        f("areaId", Ty::I32, false, false, false),
        f("workspaceId", Ty::I32, false, false, false),
        f("dateClosed", Ty::DateTime, true, false, false),
        f("dateActivated", Ty::DateTime, true, false, false),
        f("dateCreation", Ty::DateTime, false, false, false),
        f("dateUpdate", Ty::DateTime, true, false, false),
        f("additionalDatas", Ty::Any, true, false, false),
        f("parentId", Ty::I32, true, false, false),
        // hand-written: "most writable entities expose customFields" [CONF]
        f("customFields", Ty::Any, true, false, false),
    ],
};

/// `DataBreachDto` ([SPEC] `components.schemas.DataBreachDto`).
pub(crate) const BREACH_DTO: Dto = Dto {
    name: "DataBreachDto",
    fields: &[
        f("id", Ty::Uuid, false, false, false),
        f("label", Ty::Str(None), false, true, false),
        f("descriptionHtml", Ty::Str(None), true, false, false),
        f("location", Ty::Str(None), true, false, false),
        f("access", Ty::Bool, false, false, false),
        f("integrity", Ty::Bool, false, false, false),
        f("availability", Ty::Bool, false, false, false),
        f("state", Ty::Enum(&DATA_BREACH_STATE), false, false, false),
        f("reason", Ty::Enum(&DATA_BREACH_REASON), false, false, false),
        f("reasonDescription", Ty::Str(Some(1000)), true, false, false),
        f("processorInvolved", Ty::Bool, false, false, false),
        f("processors", Ty::Array(&Ty::Any), true, false, false),
        f(
            "personCategories",
            Ty::Array(&Ty::Object(&BREACH_PERSON_CATEGORY_DTO)),
            true,
            false,
            false,
        ),
        f("dataDescriptionHtml", Ty::Str(None), true, false, false),
        f("sensitiveData", Ty::Bool, true, false, false),
        f(
            "probabilityScore",
            Ty::Enum(&DATA_BREACH_PROBABILITY_SCORE),
            false,
            false,
            false,
        ),
        f(
            "impactScore",
            Ty::Enum(&DATA_BREACH_IMPACT_SCORE),
            false,
            false,
            false,
        ),
        f("riskAnalysisDone", Ty::Bool, true, false, false),
        f("score", Ty::I32, false, false, false),
        f(
            "riskLevel",
            Ty::Enum(&DATA_BREACH_RISK_LEVEL),
            false,
            false,
            false,
        ),
        f(
            "riskLevelForced",
            Ty::Enum(&DATA_BREACH_RISK_LEVEL),
            false,
            false,
            false,
        ),
        f("riskAnalysisHtmlContent", Ty::Str(None), true, false, false),
        f("dataVolume", Ty::I64, true, false, false),
        f("dataSupport", Ty::Str(Some(1000)), true, false, false),
        f("communicationDone", Ty::Bool, true, false, false),
        f(
            "noCommunicationReason",
            Ty::Enum(&NO_COMMUNICATION_REASON),
            false,
            false,
            false,
        ),
        f(
            "noCommunicationJustification",
            Ty::Str(None),
            true,
            false,
            false,
        ),
        f(
            "notifications",
            Ty::Array(&Ty::Object(&BREACH_NOTIFICATION_DTO)),
            true,
            false,
            false,
        ),
        f("period", Ty::Str(None), true, false, true),
        f("startDate", Ty::DateTime, false, true, false),
        f("startHour", Ty::Str(None), true, false, false),
        f("endDate", Ty::DateTime, true, false, false),
        f("endHour", Ty::Str(None), true, false, false),
        f("constatationDate", Ty::DateTime, false, false, false),
        f("constatationHour", Ty::Str(None), true, false, false),
        f("notificationDueTime", Ty::I32, true, false, true),
        f("operator", Ty::Any, false, false, false),
        f("operatorId", Ty::I32, true, false, false),
        f("workFlowStep", Ty::Any, false, false, false),
        f("area", Ty::Any, false, false, false),
        f("areaId", Ty::I32, false, false, false),
        f("dateCreation", Ty::DateTime, false, false, false),
        f("dateUpdate", Ty::DateTime, true, false, false),
        f("workSpace", Ty::Any, false, false, false),
        f("postMortemDone", Ty::Bool, false, false, false),
        f("postMortemDate", Ty::DateTime, true, false, false),
        f("postMortemRef", Ty::Str(None), true, false, false),
        f("postMortemHtml", Ty::Str(None), true, false, false),
        f("securityMeasures", Ty::Str(None), true, false, false),
        f("adoptedSecurityMeasures", Ty::Str(None), true, false, false),
        f("attachments", Ty::Array(&Ty::Any), true, false, false),
        f("tags", Ty::Array(&Ty::Object(&TAG_DTO)), true, false, false),
        f(
            "complementaryInformations",
            Ty::Str(None),
            true,
            false,
            false,
        ),
        f("dataProcessings", Ty::Array(&Ty::Any), true, false, false),
        f("dateClosed", Ty::DateTime, true, false, false),
        f("dateArchived", Ty::DateTime, true, false, false),
        f("archived", Ty::Bool, false, false, false),
        f("creator", Ty::Any, false, false, false),
        // hand-written: "most writable entities expose customFields" [CONF]
        f("customFields", Ty::Any, true, false, false),
    ],
};

// --- hand-written ---

/// The properties `TaskDto` adds to `TaskCreateUpdateDto` ([SPEC] `TaskDto`); all set by the
/// server.
pub(crate) const TASK_DTO_EXTRA: &[Field] = &[
    f("project", Ty::Any, true, false, true),
    f("iteration", Ty::Any, true, false, true),
    f("descriptionPlainText", Ty::Str(None), true, false, true),
    f("workFlowStep", Ty::Any, true, false, true),
    f("order", Ty::I64, false, false, true),
    f("owner", Ty::Any, true, false, true),
    f("assignedToUser", Ty::Any, true, false, true),
    f("area", Ty::Any, true, false, true),
    f("workSpace", Ty::Any, true, false, true),
    f("creator", Ty::Any, true, false, true),
    f("remainingDays", Ty::I32, true, false, true),
    f("closingTime", Ty::I32, true, false, true),
    f("children", Ty::Any, true, false, true),
    f("nbSubTasks", Ty::I32, true, false, true),
    f("nbSubTasksClosed", Ty::I32, true, false, true),
    f("objectTypeDetails", Ty::Any, true, false, true),
];

/// The nested objects `DataSubjectRequestDto` has and `DataSubjectRequestLightDto` (the
/// create response) lacks ([SPEC]).
pub(crate) const DSR_FULL_ONLY: &[&str] = &[
    "closedByUser",
    "area",
    "creator",
    "operator",
    "attachments",
    "tags",
];
