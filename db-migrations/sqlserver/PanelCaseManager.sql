IF OBJECT_ID(N'[__EFMigrationsHistory]') IS NULL
BEGIN
    CREATE TABLE [__EFMigrationsHistory] (
        [MigrationId] nvarchar(150) NOT NULL,
        [ProductVersion] nvarchar(32) NOT NULL,
        CONSTRAINT [PK___EFMigrationsHistory] PRIMARY KEY ([MigrationId])
    );
END;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122220429_InitialCreate'
)
BEGIN
    CREATE TABLE [CaseEvents] (
        [Id] uniqueidentifier NOT NULL,
        [PlacementRequestId] uniqueidentifier NOT NULL,
        [OccurredAt] datetimeoffset NOT NULL,
        [ActorId] nvarchar(128) NOT NULL,
        [Kind] nvarchar(50) NOT NULL,
        [Description] nvarchar(4000) NOT NULL,
        CONSTRAINT [PK_CaseEvents] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122220429_InitialCreate'
)
BEGIN
    CREATE TABLE [Children] (
        [Id] uniqueidentifier NOT NULL,
        [GivenName] nvarchar(100) NOT NULL,
        [FamilyName] nvarchar(100) NOT NULL,
        [DateOfBirth] date NOT NULL,
        [Upn] nvarchar(13) NULL,
        [HomePostcode] nvarchar(8) NULL,
        [HomeLatitude] float NULL,
        [HomeLongitude] float NULL,
        [CurrentSetting] nvarchar(200) NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_Children] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122220429_InitialCreate'
)
BEGIN
    CREATE TABLE [IdempotencyRecords] (
        [UserId] nvarchar(128) NOT NULL,
        [Key] nvarchar(128) NOT NULL,
        [RequestType] nvarchar(300) NOT NULL,
        [RequestHash] nvarchar(64) NOT NULL,
        [ResponseJson] nvarchar(max) NOT NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_IdempotencyRecords] PRIMARY KEY ([UserId], [Key])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122220429_InitialCreate'
)
BEGIN
    CREATE TABLE [ReferenceCounters] (
        [Year] int NOT NULL,
        [LastNumber] int NOT NULL,
        CONSTRAINT [PK_ReferenceCounters] PRIMARY KEY ([Year])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122220429_InitialCreate'
)
BEGIN
    CREATE TABLE [Users] (
        [Id] nvarchar(128) NOT NULL,
        [DisplayName] nvarchar(200) NOT NULL,
        [Email] nvarchar(320) NOT NULL,
        [Role] nvarchar(40) NOT NULL,
        [Team] nvarchar(100) NULL,
        [Agency] nvarchar(40) NULL,
        [IsActive] bit NOT NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_Users] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122220429_InitialCreate'
)
BEGIN
    CREATE TABLE [PlacementRequests] (
        [Id] uniqueidentifier NOT NULL,
        [Reference] nvarchar(20) NOT NULL,
        [ChildId] uniqueidentifier NOT NULL,
        [Type] nvarchar(40) NOT NULL,
        [ReceivedDate] date NOT NULL,
        [AssignedOfficerId] nvarchar(128) NOT NULL,
        [Stage] nvarchar(40) NOT NULL,
        [SubmittedAt] datetimeoffset NOT NULL,
        [LastChangedAt] datetimeoffset NOT NULL,
        [NeedLevels_CognitionAndLearning] int NOT NULL,
        [NeedLevels_CommunicationAndInteraction] int NOT NULL,
        [NeedLevels_SensoryAndPhysical] int NOT NULL,
        [NeedLevels_SocialEmotionalAndMentalHealth] int NOT NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_PlacementRequests] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_PlacementRequests_Children_ChildId] FOREIGN KEY ([ChildId]) REFERENCES [Children] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_PlacementRequests_Users_AssignedOfficerId] FOREIGN KEY ([AssignedOfficerId]) REFERENCES [Users] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122220429_InitialCreate'
)
BEGIN
    CREATE TABLE [UserChildLinks] (
        [ChildId] uniqueidentifier NOT NULL,
        [UserId] nvarchar(128) NOT NULL,
        [Relationship] nvarchar(50) NOT NULL,
        CONSTRAINT [PK_UserChildLinks] PRIMARY KEY ([UserId], [ChildId]),
        CONSTRAINT [FK_UserChildLinks_Users_UserId] FOREIGN KEY ([UserId]) REFERENCES [Users] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122220429_InitialCreate'
)
BEGIN
    CREATE TABLE [PlacementRequestNeeds] (
        [Rank] int NOT NULL,
        [PlacementRequestId] uniqueidentifier NOT NULL,
        [Code] nvarchar(10) NOT NULL,
        CONSTRAINT [PK_PlacementRequestNeeds] PRIMARY KEY ([PlacementRequestId], [Rank]),
        CONSTRAINT [FK_PlacementRequestNeeds_PlacementRequests_PlacementRequestId] FOREIGN KEY ([PlacementRequestId]) REFERENCES [PlacementRequests] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122220429_InitialCreate'
)
BEGIN
    CREATE TABLE [PlacementRequestPreferences] (
        [Rank] int NOT NULL,
        [PlacementRequestId] uniqueidentifier NOT NULL,
        [Kind] nvarchar(40) NOT NULL,
        [SettingName] nvarchar(200) NULL,
        [SettingUrn] nvarchar(10) NULL,
        [ProvisionKind] nvarchar(40) NULL,
        [Reasons] nvarchar(4000) NOT NULL,
        CONSTRAINT [PK_PlacementRequestPreferences] PRIMARY KEY ([PlacementRequestId], [Rank]),
        CONSTRAINT [FK_PlacementRequestPreferences_PlacementRequests_PlacementRequestId] FOREIGN KEY ([PlacementRequestId]) REFERENCES [PlacementRequests] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122220429_InitialCreate'
)
BEGIN
    CREATE TABLE [PlacementRequestStageChanges] (
        [Sequence] int NOT NULL,
        [PlacementRequestId] uniqueidentifier NOT NULL,
        [From] nvarchar(40) NOT NULL,
        [To] nvarchar(40) NOT NULL,
        [Transition] nvarchar(40) NOT NULL,
        [At] datetimeoffset NOT NULL,
        [By] nvarchar(128) NOT NULL,
        [Reason] nvarchar(4000) NULL,
        [Trigger] nvarchar(40) NULL,
        [TriggerDate] date NULL,
        CONSTRAINT [PK_PlacementRequestStageChanges] PRIMARY KEY ([PlacementRequestId], [Sequence]),
        CONSTRAINT [FK_PlacementRequestStageChanges_PlacementRequests_PlacementRequestId] FOREIGN KEY ([PlacementRequestId]) REFERENCES [PlacementRequests] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122220429_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_CaseEvents_PlacementRequestId_OccurredAt] ON [CaseEvents] ([PlacementRequestId], [OccurredAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122220429_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_Children_FamilyName_GivenName] ON [Children] ([FamilyName], [GivenName]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122220429_InitialCreate'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_Children_Upn] ON [Children] ([Upn]) WHERE [Upn] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122220429_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_PlacementRequestNeeds_Code] ON [PlacementRequestNeeds] ([Code]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122220429_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_PlacementRequests_AssignedOfficerId] ON [PlacementRequests] ([AssignedOfficerId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122220429_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_PlacementRequests_ChildId] ON [PlacementRequests] ([ChildId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122220429_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_PlacementRequests_ReceivedDate] ON [PlacementRequests] ([ReceivedDate]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122220429_InitialCreate'
)
BEGIN
    CREATE UNIQUE INDEX [IX_PlacementRequests_Reference] ON [PlacementRequests] ([Reference]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122220429_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_PlacementRequests_Stage_ReceivedDate] ON [PlacementRequests] ([Stage], [ReceivedDate]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122220429_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_UserChildLinks_ChildId] ON [UserChildLinks] ([ChildId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122220429_InitialCreate'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261122220429_InitialCreate', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122223415_AuditTrail'
)
BEGIN
    CREATE TABLE [AuditChainHeads] (
        [Id] int NOT NULL,
        [LastSequence] bigint NOT NULL,
        [LastHash] nchar(64) NOT NULL,
        CONSTRAINT [PK_AuditChainHeads] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122223415_AuditTrail'
)
BEGIN
    CREATE TABLE [AuditEvents] (
        [Sequence] bigint NOT NULL,
        [OccurredAt] datetimeoffset NOT NULL,
        [UserId] nvarchar(128) NOT NULL,
        [Role] nvarchar(40) NULL,
        [Action] nvarchar(200) NOT NULL,
        [Kind] nvarchar(20) NOT NULL,
        [CaseId] uniqueidentifier NULL,
        [PanelId] uniqueidentifier NULL,
        [Outcome] nvarchar(20) NOT NULL,
        [PreviousHash] nchar(64) NOT NULL,
        [Hash] nchar(64) NOT NULL,
        CONSTRAINT [PK_AuditEvents] PRIMARY KEY ([Sequence])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122223415_AuditTrail'
)
BEGIN
    IF EXISTS (SELECT * FROM [sys].[identity_columns] WHERE [name] IN (N'Id', N'LastHash', N'LastSequence') AND [object_id] = OBJECT_ID(N'[AuditChainHeads]'))
        SET IDENTITY_INSERT [AuditChainHeads] ON;
    EXEC(N'INSERT INTO [AuditChainHeads] ([Id], [LastHash], [LastSequence])
    VALUES (1, N''0000000000000000000000000000000000000000000000000000000000000000'', CAST(0 AS bigint))');
    IF EXISTS (SELECT * FROM [sys].[identity_columns] WHERE [name] IN (N'Id', N'LastHash', N'LastSequence') AND [object_id] = OBJECT_ID(N'[AuditChainHeads]'))
        SET IDENTITY_INSERT [AuditChainHeads] OFF;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122223415_AuditTrail'
)
BEGIN
    CREATE INDEX [IX_AuditEvents_CaseId_Sequence] ON [AuditEvents] ([CaseId], [Sequence]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122223415_AuditTrail'
)
BEGIN
    CREATE INDEX [IX_AuditEvents_OccurredAt] ON [AuditEvents] ([OccurredAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122223415_AuditTrail'
)
BEGIN
    CREATE INDEX [IX_AuditEvents_PanelId_Sequence] ON [AuditEvents] ([PanelId], [Sequence]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122223415_AuditTrail'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261122223415_AuditTrail', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122234518_LetterTemplates'
)
BEGIN
    CREATE TABLE [LetterTemplates] (
        [Id] uniqueidentifier NOT NULL,
        [Outcome] nvarchar(40) NOT NULL,
        [Version] int NOT NULL,
        [Body] nvarchar(max) NOT NULL,
        [Note] nvarchar(500) NULL,
        [SavedAt] datetimeoffset NOT NULL,
        [SavedBy] nvarchar(128) NOT NULL,
        CONSTRAINT [PK_LetterTemplates] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122234518_LetterTemplates'
)
BEGIN
    IF EXISTS (SELECT * FROM [sys].[identity_columns] WHERE [name] IN (N'Id', N'Body', N'Note', N'Outcome', N'SavedAt', N'SavedBy', N'Version') AND [object_id] = OBJECT_ID(N'[LetterTemplates]'))
        SET IDENTITY_INSERT [LetterTemplates] ON;
    EXEC(N'INSERT INTO [LetterTemplates] ([Id], [Body], [Note], [Outcome], [SavedAt], [SavedBy], [Version])
    VALUES (''0193a3c0-0000-7000-8000-000000000001'', CONCAT(CAST(N''# Our decision about {{ child.given_name }}''''s school place'' AS nvarchar(max)), nchar(10), nchar(10), N''{{ family.salutation }},'', nchar(10), nchar(10), N''The panel met to look at your request for {{ child.name }}. We have agreed to your request: {{ child.given_name }} will have a place at {{ placement }}.'', nchar(10), nchar(10), N''## Why we made this decision'', nchar(10), N''{{ reasons }}'', nchar(10), nchar(10), N''{% if sector_profile != "" %}'', nchar(10), N''## How {{ child.given_name }}''''s needs match this provision'', nchar(10), N''{{ sector_profile }}'', nchar(10), N''{% endif %}'', nchar(10), nchar(10), N''## What happens next'', nchar(10), N''{% for step in next_steps %}'', nchar(10), N''- {{ step.description }}{% if step.date != "" %} (by {{ step.date }}){% endif %}'', nchar(10), N''{% endfor %}'', nchar(10), nchar(10), N''## Your right to appeal'', nchar(10), N''If you disagree with our decision about where {{ child.given_name }} should go to school, you can appeal to the First-tier Tribunal (Special Educational Needs and Disability). The Tribunal is independent of the council.'', nchar(10), nchar(10), N''**You must appeal by {{ appeal.deadline }}.**'', nchar(10), nchar(10), N''If you take part in mediation, you have until 1 month after the date on your mediation certificate, if that is later.'', nchar(10), nchar(10), N''Find out how to appeal at {{ appeal.tribunal_website }}'', nchar(10), nchar(10), N''## Mediation'', nchar(10), N''Mediation is a free meeting with an independent mediator to try to settle a disagreement without going to the Tribunal.'', nchar(10), nchar(10), N''- You do not need a mediation certificate to appeal only about the school or type of setting we have named (section I of the plan).'', nchar(10), N''- If your appeal is also about other parts of the plan, you must first contact the mediation adviser, who will give you a certificate whether or not you choose mediation.'', nchar(10), N''- Contact the mediation adviser within {{ mediation.contact_period }} of the date of this letter, and let us know if you want mediation.'', nchar(10), nchar(10), N''{{ mediation.name }}, telephone {{ mediation.telephone }}{% if mediation.email != "" %}, email {{ mediation.email }}{% endif %}{% if mediation.website != "" %}, {{ mediation.website }}{% endif %}'', nchar(10), nchar(10), N''## Disagreement resolution'', nchar(10), N''Disagreement resolution is a free, independent service to help you settle a disagreement with us, a school or the health service. Using it does not affect your right to appeal.'', nchar(10), nchar(10), N''{{ disagreement_resolution.name }}, telephone {{ disagreement_resolution.telephone }}{% if disagreement_resolution.email != "" %}, email {{ disagreement_resolution.email }}{% endif %}'', nchar(10), nchar(10), N''## Free, impartial information and advice'', nchar(10), N''{{ sendiass.name }} gives free, confidential and impartial information, advice and support to families about special educational needs and disabilities. They are independent of the council.'', nchar(10), nchar(10), N''Telephone {{ sendiass.telephone }}{% if sendiass.email != "" %}, email {{ sendiass.email }}{% endif %}{% if sendiass.website != "" %}, {{ sendiass.website }}{% endif %}'', nchar(10), nchar(10), N''## Questions about this letter'', nchar(10), N''Contact {{ officer.name }}, {{ officer.role }}{% if officer.telephone != "" %}, on {{ officer.telephone }}{% endif %}{% if officer.email != "" %} or at {{ officer.email }}{% endif %}. Please quote {{ case_reference }}.'', nchar(10)), N''Wording shipped with the service.'', N''AgreePreference'', ''2026-11-22T00:00:00.0000000+00:00'', N''built-in'', 1),
    (''0193a3c0-0000-7000-8000-000000000002'', CONCAT(CAST(N''# Our decision about {{ child.given_name }}''''s school place'' AS nvarchar(max)), nchar(10), nchar(10), N''{{ family.salutation }},'', nchar(10), nchar(10), N''The panel met to look at your request for {{ child.name }}. We could not agree to {{ preference }}. We have decided to name {{ placement }} instead.'', nchar(10), nchar(10), N''## Why we made this decision'', nchar(10), N''{{ reasons }}'', nchar(10), nchar(10), N''## The reasons in the law we looked at'', nchar(10), N''The law says we must name the setting you asked for unless one of three reasons applies (section 39(4) of the Children and Families Act 2014). We looked at each reason separately.'', nchar(10), nchar(10), N''| Reason | Does it apply? | Why |'', nchar(10), N''|---|---|---|'', nchar(10), N''{% for ground in grounds %}| {{ ground.title }} | {% if ground.applies %}Yes{% else %}No{% endif %} | {{ ground.reasons }} |'', nchar(10), N''{% endfor %}'', nchar(10), nchar(10), N''{% if sector_profile != "" %}'', nchar(10), N''## How {{ child.given_name }}''''s needs match this provision'', nchar(10), N''{{ sector_profile }}'', nchar(10), N''{% endif %}'', nchar(10), nchar(10), N''## What happens next'', nchar(10), N''{% for step in next_steps %}'', nchar(10), N''- {{ step.description }}{% if step.date != "" %} (by {{ step.date }}){% endif %}'', nchar(10), N''{% endfor %}'', nchar(10), nchar(10), N''## Your right to appeal'', nchar(10), N''If you disagree with our decision about where {{ child.given_name }} should go to school, you can appeal to the First-tier Tribunal (Special Educational Needs and Disability). The Tribunal is independent of the council.'', nchar(10), nchar(10), N''**You must appeal by {{ appeal.deadline }}.**'', nchar(10), nchar(10), N''If you take part in mediation, you have until 1 month after the date on your mediation certificate, if that is later.'', nchar(10), nchar(10), N''Find out how to appeal at {{ appeal.tribunal_website }}'', nchar(10), nchar(10), N''## Mediation'', nchar(10), N''Mediation is a free meeting with an independent mediator to try to settle a disagreement without going to the Tribunal.'', nchar(10), nchar(10), N''- You do not need a mediation certificate to appeal only about the school or type of setting we have named (section I of the plan).'', nchar(10), N''- If your appeal is also about other parts of the plan, you must first contact the mediation adviser, who will give you a certificate whether or not you choose mediation.'', nchar(10), N''- Contact the mediation adviser within {{ mediation.contact_period }} of the date of this letter, and let us know if you want mediation.'', nchar(10), nchar(10), N''{{ mediation.name }}, telephone {{ mediation.telephone }}{% if mediation.email != "" %}, email {{ mediation.email }}{% endif %}{% if mediation.website != "" %}, {{ mediation.website }}{% endif %}'', nchar(10), nchar(10), N''## Disagreement resolution'', nchar(10), N''Disagreement resolution is a free, independent service to help you settle a disagreement with us, a school or the health service. Using it does not affect your right to appeal.'', nchar(10), nchar(10), N''{{ disagreement_resolution.name }}, telephone {{ disagreement_resolution.telephone }}{% if disagreement_resolution.email != "" %}, email {{ disagreement_resolution.email }}{% endif %}'', nchar(10), nchar(10), N''## Free, impartial information and advice'', nchar(10), N''{{ sendiass.name }} gives free, confidential and impartial information, advice and support to families about special educational needs and disabilities. They are independent of the council.'', nchar(10), nchar(10), N''Telephone {{ sendiass.telephone }}{% if sendiass.email != "" %}, email {{ sendiass.email }}{% endif %}{% if sendiass.website != "" %}, {{ sendiass.website }}{% endif %}'', nchar(10), nchar(10), N''## Questions about this letter'', nchar(10), N''Contact {{ officer.name }}, {{ officer.role }}{% if officer.telephone != "" %}, on {{ officer.telephone }}{% endif %}{% if officer.email != "" %} or at {{ officer.email }}{% endif %}. Please quote {{ case_reference }}.'', nchar(10)), N''Wording shipped with the service.'', N''NameAnotherSetting'', ''2026-11-22T00:00:00.0000000+00:00'', N''built-in'', 1),
    (''0193a3c0-0000-7000-8000-000000000003'', CONCAT(CAST(N''# Our decision about {{ child.given_name }}''''s school place'' AS nvarchar(max)), nchar(10), nchar(10), N''{{ family.salutation }},'', nchar(10), nchar(10), N''The panel met to look at your request for {{ child.name }}. {% if preference != "" %}We could not agree to {{ preference }}. {% endif %}We have decided that {{ child.given_name }} needs a place in {{ placement }}. We will now ask settings of this type whether they can meet {{ child.given_name }}''''s needs, and write to you again when a setting has been named.'', nchar(10), nchar(10), N''## Why we made this decision'', nchar(10), N''{{ reasons }}'', nchar(10), nchar(10), N''{% if preference != "" %}'', nchar(10), N''## The reasons in the law we looked at'', nchar(10), N''The law says we must name the setting you asked for unless one of three reasons applies (section 39(4) of the Children and Families Act 2014). We looked at each reason separately.'', nchar(10), nchar(10), N''| Reason | Does it apply? | Why |'', nchar(10), N''|---|---|---|'', nchar(10), N''{% for ground in grounds %}| {{ ground.title }} | {% if ground.applies %}Yes{% else %}No{% endif %} | {{ ground.reasons }} |'', nchar(10), N''{% endfor %}'', nchar(10), N''{% endif %}'', nchar(10), nchar(10), N''{% if sector_profile != "" %}'', nchar(10), N''## How {{ child.given_name }}''''s needs match this provision'', nchar(10), N''{{ sector_profile }}'', nchar(10), N''{% endif %}'', nchar(10), nchar(10), N''## What happens next'', nchar(10), N''{% for step in next_steps %}'', nchar(10), N''- {{ step.description }}{% if step.date != "" %} (by {{ step.date }}){% endif %}'', nchar(10), N''{% endfor %}'', nchar(10), nchar(10), N''## Your right to appeal'', nchar(10), N''If you disagree with our decision about where {{ child.given_name }} should go to school, you can appeal to the First-tier Tribunal (Special Educational Needs and Disability). The Tribunal is independent of the council.'', nchar(10), nchar(10), N''**You must appeal by {{ appeal.deadline }}.**'', nchar(10), nchar(10), N''If you take part in mediation, you have until 1 month after the date on your mediation certificate, if that is later.'', nchar(10), nchar(10), N''Find out how to appeal at {{ appeal.tribunal_website }}'', nchar(10), nchar(10), N''## Mediation'', nchar(10), N''Mediation is a free meeting with an independent mediator to try to settle a disagreement without going to the Tribunal.'', nchar(10), nchar(10), N''- You do not need a mediation certificate to appeal only about the school or type of setting we have named (section I of the plan).'', nchar(10), N''- If your appeal is also about other parts of the plan, you must first contact the mediation adviser, who will give you a certificate whether or not you choose mediation.'', nchar(10), N''- Contact the mediation adviser within {{ mediation.contact_period }} of the date of this letter, and let us know if you want mediation.'', nchar(10), nchar(10), N''{{ mediation.name }}, telephone {{ mediation.telephone }}{% if mediation.email != "" %}, email {{ mediation.email }}{% endif %}{% if mediation.website != "" %}, {{ mediation.website }}{% endif %}'', nchar(10), nchar(10), N''## Disagreement resolution'', nchar(10), N''Disagreement resolution is a free, independent service to help you settle a disagreement with us, a school or the health service. Using it does not affect your right to appeal.'', nchar(10), nchar(10), N''{{ disagreement_resolution.name }}, telephone {{ disagreement_resolution.telephone }}{% if disagreement_resolution.email != "" %}, email {{ disagreement_resolution.email }}{% endif %}'', nchar(10), nchar(10), N''## Free, impartial information and advice'', nchar(10), N''{{ sendiass.name }} gives free, confidential and impartial information, advice and support to families about special educational needs and disabilities. They are independent of the council.'', nchar(10), nchar(10), N''Telephone {{ sendiass.telephone }}{% if sendiass.email != "" %}, email {{ sendiass.email }}{% endif %}{% if sendiass.website != "" %}, {{ sendiass.website }}{% endif %}'', nchar(10), nchar(10), N''## Questions about this letter'', nchar(10), N''Contact {{ officer.name }}, {{ officer.role }}{% if officer.telephone != "" %}, on {{ officer.telephone }}{% endif %}{% if officer.email != "" %} or at {{ officer.email }}{% endif %}. Please quote {{ case_reference }}.'', nchar(10)), N''Wording shipped with the service.'', N''NameTypeAndConsult'', ''2026-11-22T00:00:00.0000000+00:00'', N''built-in'', 1),
    (''0193a3c0-0000-7000-8000-000000000004'', CONCAT(CAST(N''# We need more information before deciding {{ child.given_name }}''''s school place'' AS nvarchar(max)), nchar(10), nchar(10), N''{{ family.salutation }},'', nchar(10), nchar(10), N''The panel met to look at your request for {{ child.name }}. We have not made a decision yet, because we need more information to make the right one.'', nchar(10), nchar(10), N''## Why we need more information'', nchar(10), N''{{ reasons }}'', nchar(10), nchar(10), N''## What we are waiting for'', nchar(10), N''{% for item in missing_evidence %}'', nchar(10), N''- {{ item }}'', nchar(10), N''{% endfor %}'', nchar(10), nchar(10), N''## What happens next'', nchar(10), N''{% for step in next_steps %}'', nchar(10), N''- {{ step.description }}{% if step.date != "" %} (by {{ step.date }}){% endif %}'', nchar(10), N''{% endfor %}'', nchar(10), nchar(10), N''When we have this information, the panel will look at your request again and we will write to you with our decision. That letter will explain your right to appeal if you disagree with it.'', nchar(10), nchar(10), N''## Free, impartial information and advice'', nchar(10), N''{{ sendiass.name }} gives free, confidential and impartial information, advice and support to families about special educational needs and disabilities. They are independent of the council.'', nchar(10), nchar(10), N''Telephone {{ sendiass.telephone }}{% if sendiass.email != "" %}, email {{ sendiass.email }}{% endif %}{% if sendiass.website != "" %}, {{ sendiass.website }}{% endif %}'', nchar(10), nchar(10), N''## Questions about this letter'', nchar(10), N''Contact {{ officer.name }}, {{ officer.role }}{% if officer.telephone != "" %}, on {{ officer.telephone }}{% endif %}{% if officer.email != "" %} or at {{ officer.email }}{% endif %}. Please quote {{ case_reference }}.'', nchar(10)), N''Wording shipped with the service.'', N''DeferForEvidence'', ''2026-11-22T00:00:00.0000000+00:00'', N''built-in'', 1),
    (''0193a3c0-0000-7000-8000-000000000005'', CONCAT(CAST(N''# Our decision about {{ child.given_name }}''''s school place'' AS nvarchar(max)), nchar(10), nchar(10), N''{{ family.salutation }},'', nchar(10), nchar(10), N''The panel met to look at your request for {{ child.name }}. We have decided not to agree to {{ preference }}.{% if placement != "" %} {{ child.given_name }} will stay at {{ placement }}.{% endif %}'', nchar(10), nchar(10), N''## Why we made this decision'', nchar(10), N''{{ reasons }}'', nchar(10), nchar(10), N''## The reasons in the law we looked at'', nchar(10), N''The law says we must name the setting you asked for unless one of three reasons applies (section 39(4) of the Children and Families Act 2014). We looked at each reason separately.'', nchar(10), nchar(10), N''| Reason | Does it apply? | Why |'', nchar(10), N''|---|---|---|'', nchar(10), N''{% for ground in grounds %}| {{ ground.title }} | {% if ground.applies %}Yes{% else %}No{% endif %} | {{ ground.reasons }} |'', nchar(10), N''{% endfor %}'', nchar(10), nchar(10), N''{% if sector_profile != "" %}'', nchar(10), N''## How {{ child.given_name }}''''s needs match this provision'', nchar(10), N''{{ sector_profile }}'', nchar(10), N''{% endif %}'', nchar(10), nchar(10), N''## What happens next'', nchar(10), N''{% for step in next_steps %}'', nchar(10), N''- {{ step.description }}{% if step.date != "" %} (by {{ step.date }}){% endif %}'', nchar(10), N''{% endfor %}'', nchar(10), nchar(10), N''## Your right to appeal'', nchar(10), N''If you disagree with our decision about where {{ child.given_name }} should go to school, you can appeal to the First-tier Tribunal (Special Educational Needs and Disability). The Tribunal is independent of the council.'', nchar(10), nchar(10), N''**You must appeal by {{ appeal.deadline }}.**'', nchar(10), nchar(10), N''If you take part in mediation, you have until 1 month after the date on your mediation certificate, if that is later.'', nchar(10), nchar(10), N''Find out how to appeal at {{ appeal.tribunal_website }}'', nchar(10), nchar(10), N''## Mediation'', nchar(10), N''Mediation is a free meeting with an independent mediator to try to settle a disagreement without going to the Tribunal.'', nchar(10), nchar(10), N''- You do not need a mediation certificate to appeal only about the school or type of setting we have named (section I of the plan).'', nchar(10), N''- If your appeal is also about other parts of the plan, you must first contact the mediation adviser, who will give you a certificate whether or not you choose mediation.'', nchar(10), N''- Contact the mediation adviser within {{ mediation.contact_period }} of the date of this letter, and let us know if you want mediation.'', nchar(10), nchar(10), N''{{ mediation.name }}, telephone {{ mediation.telephone }}{% if mediation.email != "" %}, email {{ mediation.email }}{% endif %}{% if mediation.website != "" %}, {{ mediation.website }}{% endif %}'', nchar(10), nchar(10), N''## Disagreement resolution'', nchar(10), N''Disagreement resolution is a free, independent service to help you settle a disagreement with us, a school or the health service. Using it does not affect your right to appeal.'', nchar(10), nchar(10), N''{{ disagreement_resolution.name }}, telephone {{ disagreement_resolution.telephone }}{% if disagreement_resolution.email != "" %}, email {{ disagreement_resolution.email }}{% endif %}'', nchar(10), nchar(10), N''## Free, impartial information and advice'', nchar(10), N''{{ sendiass.name }} gives free, confidential and impartial information, advice and support to families about special educational needs and disabilities. They are independent of the council.'', nchar(10), nchar(10), N''Telephone {{ sendiass.telephone }}{% if sendiass.email != "" %}, email {{ sendiass.email }}{% endif %}{% if sendiass.website != "" %}, {{ sendiass.website }}{% endif %}'', nchar(10), nchar(10), N''## Questions about this letter'', nchar(10), N''Contact {{ officer.name }}, {{ officer.role }}{% if officer.telephone != "" %}, on {{ officer.telephone }}{% endif %}{% if officer.email != "" %} or at {{ officer.email }}{% endif %}. Please quote {{ case_reference }}.'', nchar(10)), N''Wording shipped with the service.'', N''Decline'', ''2026-11-22T00:00:00.0000000+00:00'', N''built-in'', 1)');
    IF EXISTS (SELECT * FROM [sys].[identity_columns] WHERE [name] IN (N'Id', N'Body', N'Note', N'Outcome', N'SavedAt', N'SavedBy', N'Version') AND [object_id] = OBJECT_ID(N'[LetterTemplates]'))
        SET IDENTITY_INSERT [LetterTemplates] OFF;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122234518_LetterTemplates'
)
BEGIN
    CREATE UNIQUE INDEX [IX_LetterTemplates_Outcome_Version] ON [LetterTemplates] ([Outcome], [Version]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122234518_LetterTemplates'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261122234518_LetterTemplates', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122235138_ProvisionCatalogue'
)
BEGIN
    CREATE TABLE [Sectors] (
        [Id] uniqueidentifier NOT NULL,
        [Code] nvarchar(60) NOT NULL,
        [Name] nvarchar(200) NOT NULL,
        [Kind] nvarchar(40) NOT NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_Sectors] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122235138_ProvisionCatalogue'
)
BEGIN
    CREATE TABLE [SectorProfileVersions] (
        [Number] int NOT NULL,
        [SectorId] uniqueidentifier NOT NULL,
        [Status] nvarchar(40) NOT NULL,
        [Name] nvarchar(200) NOT NULL,
        [CoOccurringNeeds] nvarchar(200) NOT NULL,
        [MaximumClassSize] int NULL,
        [StaffingRatio] nvarchar(200) NULL,
        [Curriculum] nvarchar(2000) NULL,
        [TimeInMainstream] nvarchar(2000) NULL,
        [Description] nvarchar(4000) NULL,
        [CreatedBy] nvarchar(128) NOT NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [LastEditedAt] datetimeoffset NOT NULL,
        [PublishedBy] nvarchar(128) NULL,
        [PublishedAt] datetimeoffset NULL,
        [RetiredBy] nvarchar(128) NULL,
        [RetiredAt] datetimeoffset NULL,
        [CognitionAndLearningMaximum] int NULL,
        [CognitionAndLearningMinimum] int NULL,
        [CommunicationAndInteractionMaximum] int NULL,
        [CommunicationAndInteractionMinimum] int NULL,
        [SensoryAndPhysicalMaximum] int NULL,
        [SensoryAndPhysicalMinimum] int NULL,
        [SocialEmotionalAndMentalHealthMaximum] int NULL,
        [SocialEmotionalAndMentalHealthMinimum] int NULL,
        CONSTRAINT [PK_SectorProfileVersions] PRIMARY KEY ([SectorId], [Number]),
        CONSTRAINT [FK_SectorProfileVersions_Sectors_SectorId] FOREIGN KEY ([SectorId]) REFERENCES [Sectors] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122235138_ProvisionCatalogue'
)
BEGIN
    CREATE TABLE [Settings] (
        [Id] uniqueidentifier NOT NULL,
        [Urn] nvarchar(7) NOT NULL,
        [Name] nvarchar(200) NOT NULL,
        [Phase] nvarchar(40) NOT NULL,
        [LowestAge] int NOT NULL,
        [HighestAge] int NOT NULL,
        [Kind] nvarchar(40) NOT NULL,
        [SectorId] uniqueidentifier NOT NULL,
        [S41Approved] bit NOT NULL,
        [InAuthorityArea] bit NOT NULL,
        [Postcode] nvarchar(8) NOT NULL,
        [CommissionedPlaces] int NOT NULL,
        [PlacesFilled] int NOT NULL,
        [AnnualCostPence] bigint NOT NULL,
        [Latitude] float NOT NULL,
        [Longitude] float NOT NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_Settings] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Settings_Sectors_SectorId] FOREIGN KEY ([SectorId]) REFERENCES [Sectors] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122235138_ProvisionCatalogue'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Sectors_Code] ON [Sectors] ([Code]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122235138_ProvisionCatalogue'
)
BEGIN
    CREATE INDEX [IX_Settings_Name] ON [Settings] ([Name]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122235138_ProvisionCatalogue'
)
BEGIN
    CREATE INDEX [IX_Settings_SectorId] ON [Settings] ([SectorId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122235138_ProvisionCatalogue'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Settings_Urn] ON [Settings] ([Urn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122235138_ProvisionCatalogue'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261122235138_ProvisionCatalogue', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123000808_PanelWorkflow'
)
BEGIN
    CREATE TABLE [AdviceRequests] (
        [Id] uniqueidentifier NOT NULL,
        [PlacementRequestId] uniqueidentifier NOT NULL,
        [Agency] nvarchar(40) NOT NULL,
        [AgencyName] nvarchar(200) NULL,
        [AddressedTo] nvarchar(200) NOT NULL,
        [RequestedOn] date NOT NULL,
        [DueOn] date NOT NULL,
        [ReceivedOn] date NULL,
        [Summary] nvarchar(4000) NULL,
        [Recommendation] nvarchar(4000) NULL,
        [EvidenceItemId] uniqueidentifier NULL,
        [RequestedBy] nvarchar(128) NOT NULL,
        [RequestedAt] datetimeoffset NOT NULL,
        [ReceiptRecordedBy] nvarchar(128) NULL,
        [ReceiptRecordedAt] datetimeoffset NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_AdviceRequests] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AdviceRequests_PlacementRequests_PlacementRequestId] FOREIGN KEY ([PlacementRequestId]) REFERENCES [PlacementRequests] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123000808_PanelWorkflow'
)
BEGIN
    CREATE TABLE [CaseViews] (
        [Id] uniqueidentifier NOT NULL,
        [PlacementRequestId] uniqueidentifier NOT NULL,
        [Voice] nvarchar(40) NOT NULL,
        [GivenBy] nvarchar(200) NOT NULL,
        [GatheredOn] date NOT NULL,
        [HowGathered] nvarchar(200) NOT NULL,
        [WhatMatters] nvarchar(4000) NOT NULL,
        [HopesAndAspirations] nvarchar(4000) NULL,
        [HowBestSupported] nvarchar(4000) NULL,
        [RecordedBy] nvarchar(128) NOT NULL,
        [RecordedAt] datetimeoffset NOT NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_CaseViews] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_CaseViews_PlacementRequests_PlacementRequestId] FOREIGN KEY ([PlacementRequestId]) REFERENCES [PlacementRequests] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123000808_PanelWorkflow'
)
BEGIN
    CREATE TABLE [TermsOfReference] (
        [Number] int NOT NULL,
        [EffectiveFrom] date NOT NULL,
        [Purpose] nvarchar(4000) NOT NULL,
        [DecisionMaking] nvarchar(4000) NOT NULL,
        [QuorumAgencies] nvarchar(200) NOT NULL,
        [QuorumMinimumMembers] int NOT NULL,
        [EvidenceCutOffWorkingDays] int NOT NULL,
        [EvidenceCutOffTime] time NOT NULL,
        [FromConfiguration] bit NOT NULL,
        [AdoptedBy] nvarchar(128) NOT NULL,
        [AdoptedAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_TermsOfReference] PRIMARY KEY ([Number])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123000808_PanelWorkflow'
)
BEGIN
    CREATE TABLE [EvidenceItems] (
        [Id] uniqueidentifier NOT NULL,
        [PlacementRequestId] uniqueidentifier NOT NULL,
        [Kind] nvarchar(40) NOT NULL,
        [Agency] nvarchar(40) NULL,
        [Author] nvarchar(200) NOT NULL,
        [ReceivedOn] date NOT NULL,
        [Summary] nvarchar(2000) NOT NULL,
        [AdviceRequestId] uniqueidentifier NULL,
        [LateForPanelMeetingId] uniqueidentifier NULL,
        [RecordedBy] nvarchar(128) NOT NULL,
        [RecordedAt] datetimeoffset NOT NULL,
        [File_ContentSha256] nchar(64) NOT NULL,
        [File_FileName] nvarchar(255) NOT NULL,
        [File_SizeBytes] bigint NOT NULL,
        [File_Type] nvarchar(40) NOT NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_EvidenceItems] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_EvidenceItems_AdviceRequests_AdviceRequestId] FOREIGN KEY ([AdviceRequestId]) REFERENCES [AdviceRequests] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_EvidenceItems_PlacementRequests_PlacementRequestId] FOREIGN KEY ([PlacementRequestId]) REFERENCES [PlacementRequests] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123000808_PanelWorkflow'
)
BEGIN
    CREATE TABLE [PanelMeetings] (
        [Id] uniqueidentifier NOT NULL,
        [Title] nvarchar(200) NOT NULL,
        [MeetingDate] date NOT NULL,
        [Location] nvarchar(200) NULL,
        [ChairId] nvarchar(128) NOT NULL,
        [TermsOfReferenceNumber] int NOT NULL,
        [QuorumAgencies] nvarchar(200) NOT NULL,
        [QuorumMinimumMembers] int NOT NULL,
        [CutOffAt] datetimeoffset NOT NULL,
        [ScheduledBy] nvarchar(128) NOT NULL,
        [ScheduledAt] datetimeoffset NOT NULL,
        [AttendanceRecordedAt] datetimeoffset NULL,
        [LastChangedAt] datetimeoffset NOT NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_PanelMeetings] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_PanelMeetings_TermsOfReference_TermsOfReferenceNumber] FOREIGN KEY ([TermsOfReferenceNumber]) REFERENCES [TermsOfReference] ([Number]) ON DELETE NO ACTION,
        CONSTRAINT [FK_PanelMeetings_Users_ChairId] FOREIGN KEY ([ChairId]) REFERENCES [Users] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123000808_PanelWorkflow'
)
BEGIN
    CREATE TABLE [AgencyViews] (
        [Id] uniqueidentifier NOT NULL,
        [PanelMeetingId] uniqueidentifier NOT NULL,
        [PlacementRequestId] uniqueidentifier NOT NULL,
        [MemberId] nvarchar(128) NOT NULL,
        [Agency] nvarchar(40) NOT NULL,
        [Summary] nvarchar(4000) NOT NULL,
        [RecommendedOutcome] nvarchar(40) NULL,
        [RecordedAt] datetimeoffset NOT NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_AgencyViews] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AgencyViews_PanelMeetings_PanelMeetingId] FOREIGN KEY ([PanelMeetingId]) REFERENCES [PanelMeetings] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123000808_PanelWorkflow'
)
BEGIN
    CREATE TABLE [CasePacks] (
        [Id] uniqueidentifier NOT NULL,
        [PanelMeetingId] uniqueidentifier NOT NULL,
        [PlacementRequestId] uniqueidentifier NOT NULL,
        [SchemaVersion] int NOT NULL,
        [Content] nvarchar(max) NOT NULL,
        [Sha256] nchar(64) NOT NULL,
        [FrozenAt] datetimeoffset NOT NULL,
        [FrozenBy] nvarchar(128) NOT NULL,
        [Trigger] nvarchar(40) NOT NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_CasePacks] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_CasePacks_PanelMeetings_PanelMeetingId] FOREIGN KEY ([PanelMeetingId]) REFERENCES [PanelMeetings] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_CasePacks_PlacementRequests_PlacementRequestId] FOREIGN KEY ([PlacementRequestId]) REFERENCES [PlacementRequests] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123000808_PanelWorkflow'
)
BEGIN
    CREATE TABLE [PanelAgendaItems] (
        [PlacementRequestId] uniqueidentifier NOT NULL,
        [PanelMeetingId] uniqueidentifier NOT NULL,
        [Position] int NOT NULL,
        [AddedBy] nvarchar(128) NOT NULL,
        [AddedAt] datetimeoffset NOT NULL,
        [AddedAfterCutOff] bit NOT NULL,
        [LateReason] nvarchar(2000) NULL,
        [DraftDecisionId] uniqueidentifier NULL,
        [DecisionId] uniqueidentifier NULL,
        CONSTRAINT [PK_PanelAgendaItems] PRIMARY KEY ([PanelMeetingId], [PlacementRequestId]),
        CONSTRAINT [FK_PanelAgendaItems_PanelMeetings_PanelMeetingId] FOREIGN KEY ([PanelMeetingId]) REFERENCES [PanelMeetings] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_PanelAgendaItems_PlacementRequests_PlacementRequestId] FOREIGN KEY ([PlacementRequestId]) REFERENCES [PlacementRequests] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123000808_PanelWorkflow'
)
BEGIN
    CREATE TABLE [PanelAttendance] (
        [UserId] nvarchar(128) NOT NULL,
        [PanelMeetingId] uniqueidentifier NOT NULL,
        [Agency] nvarchar(40) NOT NULL,
        [Role] nvarchar(40) NOT NULL,
        CONSTRAINT [PK_PanelAttendance] PRIMARY KEY ([PanelMeetingId], [UserId]),
        CONSTRAINT [FK_PanelAttendance_PanelMeetings_PanelMeetingId] FOREIGN KEY ([PanelMeetingId]) REFERENCES [PanelMeetings] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123000808_PanelWorkflow'
)
BEGIN
    CREATE TABLE [PanelConflictDeclarations] (
        [MemberId] nvarchar(128) NOT NULL,
        [PlacementRequestId] uniqueidentifier NOT NULL,
        [PanelMeetingId] uniqueidentifier NOT NULL,
        [Reason] nvarchar(2000) NOT NULL,
        [DeclaredBy] nvarchar(128) NOT NULL,
        [DeclaredAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_PanelConflictDeclarations] PRIMARY KEY ([PanelMeetingId], [MemberId], [PlacementRequestId]),
        CONSTRAINT [FK_PanelConflictDeclarations_PanelMeetings_PanelMeetingId] FOREIGN KEY ([PanelMeetingId]) REFERENCES [PanelMeetings] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123000808_PanelWorkflow'
)
BEGIN
    CREATE TABLE [PanelMeetingSeats] (
        [UserId] nvarchar(128) NOT NULL,
        [PanelMeetingId] uniqueidentifier NOT NULL,
        [DisplayName] nvarchar(200) NOT NULL,
        [Agency] nvarchar(40) NOT NULL,
        [Role] nvarchar(40) NOT NULL,
        CONSTRAINT [PK_PanelMeetingSeats] PRIMARY KEY ([PanelMeetingId], [UserId]),
        CONSTRAINT [FK_PanelMeetingSeats_PanelMeetings_PanelMeetingId] FOREIGN KEY ([PanelMeetingId]) REFERENCES [PanelMeetings] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123000808_PanelWorkflow'
)
BEGIN
    CREATE TABLE [PanelDecisions] (
        [Id] uniqueidentifier NOT NULL,
        [PanelMeetingId] uniqueidentifier NOT NULL,
        [PlacementRequestId] uniqueidentifier NOT NULL,
        [CasePackId] uniqueidentifier NOT NULL,
        [CasePackSha256] nchar(64) NOT NULL,
        [Content] nvarchar(max) NOT NULL,
        [Outcome] nvarchar(40) NOT NULL,
        [ReliesOnUnsuitability] bit NOT NULL,
        [ReliesOnEducationOfOthers] bit NOT NULL,
        [ReliesOnUseOfResources] bit NOT NULL,
        [ReliesOnSection9] bit NOT NULL,
        [CountedMembers] nvarchar(max) NOT NULL,
        [QuorumExplanation] nvarchar(1000) NOT NULL,
        [AgencyViews] nvarchar(max) NOT NULL,
        [Status] nvarchar(40) NOT NULL,
        [RecordedBy] nvarchar(128) NOT NULL,
        [RecordedAt] datetimeoffset NOT NULL,
        [SignedOffBy] nvarchar(128) NULL,
        [SignedOffAt] datetimeoffset NULL,
        [SupersedesDecisionId] uniqueidentifier NULL,
        [SupersedeReason] nvarchar(max) NULL,
        [ContentSha256] nchar(64) NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_PanelDecisions] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_PanelDecisions_CasePacks_CasePackId] FOREIGN KEY ([CasePackId]) REFERENCES [CasePacks] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_PanelDecisions_PanelDecisions_SupersedesDecisionId] FOREIGN KEY ([SupersedesDecisionId]) REFERENCES [PanelDecisions] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_PanelDecisions_PanelMeetings_PanelMeetingId] FOREIGN KEY ([PanelMeetingId]) REFERENCES [PanelMeetings] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_PanelDecisions_PlacementRequests_PlacementRequestId] FOREIGN KEY ([PlacementRequestId]) REFERENCES [PlacementRequests] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123000808_PanelWorkflow'
)
BEGIN
    CREATE TABLE [Consultations] (
        [Id] uniqueidentifier NOT NULL,
        [PlacementRequestId] uniqueidentifier NOT NULL,
        [PanelDecisionId] uniqueidentifier NOT NULL,
        [SettingName] nvarchar(200) NOT NULL,
        [SettingUrn] nvarchar(10) NULL,
        [MaintainingAuthority] nvarchar(200) NULL,
        [SentOn] date NOT NULL,
        [DueOn] date NOT NULL,
        [RespondedOn] date NULL,
        [Response] nvarchar(40) NULL,
        [ResponseSummary] nvarchar(4000) NULL,
        [Outcome] nvarchar(40) NULL,
        [OutcomeReason] nvarchar(4000) NULL,
        [SentBy] nvarchar(128) NOT NULL,
        [SentAt] datetimeoffset NOT NULL,
        [OutcomeRecordedAt] datetimeoffset NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_Consultations] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Consultations_PanelDecisions_PanelDecisionId] FOREIGN KEY ([PanelDecisionId]) REFERENCES [PanelDecisions] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Consultations_PlacementRequests_PlacementRequestId] FOREIGN KEY ([PlacementRequestId]) REFERENCES [PlacementRequests] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123000808_PanelWorkflow'
)
BEGIN
    CREATE INDEX [IX_AdviceRequests_PlacementRequestId_RequestedOn] ON [AdviceRequests] ([PlacementRequestId], [RequestedOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123000808_PanelWorkflow'
)
BEGIN
    CREATE INDEX [IX_AdviceRequests_ReceivedOn_DueOn] ON [AdviceRequests] ([ReceivedOn], [DueOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123000808_PanelWorkflow'
)
BEGIN
    CREATE INDEX [IX_AgencyViews_PanelMeetingId_PlacementRequestId] ON [AgencyViews] ([PanelMeetingId], [PlacementRequestId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123000808_PanelWorkflow'
)
BEGIN
    CREATE UNIQUE INDEX [IX_CasePacks_PanelMeetingId_PlacementRequestId] ON [CasePacks] ([PanelMeetingId], [PlacementRequestId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123000808_PanelWorkflow'
)
BEGIN
    CREATE INDEX [IX_CasePacks_PlacementRequestId] ON [CasePacks] ([PlacementRequestId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123000808_PanelWorkflow'
)
BEGIN
    CREATE INDEX [IX_CaseViews_PlacementRequestId_RecordedAt] ON [CaseViews] ([PlacementRequestId], [RecordedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123000808_PanelWorkflow'
)
BEGIN
    CREATE INDEX [IX_Consultations_Outcome_DueOn] ON [Consultations] ([Outcome], [DueOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123000808_PanelWorkflow'
)
BEGIN
    CREATE INDEX [IX_Consultations_PanelDecisionId] ON [Consultations] ([PanelDecisionId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123000808_PanelWorkflow'
)
BEGIN
    CREATE INDEX [IX_Consultations_PlacementRequestId_SentOn] ON [Consultations] ([PlacementRequestId], [SentOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123000808_PanelWorkflow'
)
BEGIN
    CREATE INDEX [IX_EvidenceItems_AdviceRequestId] ON [EvidenceItems] ([AdviceRequestId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123000808_PanelWorkflow'
)
BEGIN
    CREATE INDEX [IX_EvidenceItems_LateForPanelMeetingId] ON [EvidenceItems] ([LateForPanelMeetingId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123000808_PanelWorkflow'
)
BEGIN
    CREATE INDEX [IX_EvidenceItems_PlacementRequestId_RecordedAt] ON [EvidenceItems] ([PlacementRequestId], [RecordedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123000808_PanelWorkflow'
)
BEGIN
    CREATE INDEX [IX_PanelAgendaItems_PlacementRequestId] ON [PanelAgendaItems] ([PlacementRequestId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123000808_PanelWorkflow'
)
BEGIN
    CREATE INDEX [IX_PanelDecisions_CasePackId] ON [PanelDecisions] ([CasePackId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123000808_PanelWorkflow'
)
BEGIN
    CREATE INDEX [IX_PanelDecisions_PanelMeetingId_PlacementRequestId] ON [PanelDecisions] ([PanelMeetingId], [PlacementRequestId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123000808_PanelWorkflow'
)
BEGIN
    CREATE INDEX [IX_PanelDecisions_PlacementRequestId] ON [PanelDecisions] ([PlacementRequestId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123000808_PanelWorkflow'
)
BEGIN
    CREATE INDEX [IX_PanelDecisions_Status_SignedOffAt] ON [PanelDecisions] ([Status], [SignedOffAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123000808_PanelWorkflow'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_PanelDecisions_SupersedesDecisionId] ON [PanelDecisions] ([SupersedesDecisionId]) WHERE [SupersedesDecisionId] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123000808_PanelWorkflow'
)
BEGIN
    CREATE INDEX [IX_PanelMeetings_ChairId] ON [PanelMeetings] ([ChairId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123000808_PanelWorkflow'
)
BEGIN
    CREATE INDEX [IX_PanelMeetings_CutOffAt] ON [PanelMeetings] ([CutOffAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123000808_PanelWorkflow'
)
BEGIN
    CREATE INDEX [IX_PanelMeetings_MeetingDate] ON [PanelMeetings] ([MeetingDate]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123000808_PanelWorkflow'
)
BEGIN
    CREATE INDEX [IX_PanelMeetings_TermsOfReferenceNumber] ON [PanelMeetings] ([TermsOfReferenceNumber]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123000808_PanelWorkflow'
)
BEGIN
    CREATE INDEX [IX_TermsOfReference_EffectiveFrom] ON [TermsOfReference] ([EffectiveFrom]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123000808_PanelWorkflow'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261123000808_PanelWorkflow', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123002005_StatutoryClocks'
)
BEGIN
    CREATE TABLE [BankHolidays] (
        [Date] date NOT NULL,
        [Title] nvarchar(100) NOT NULL,
        CONSTRAINT [PK_BankHolidays] PRIMARY KEY ([Date])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123002005_StatutoryClocks'
)
BEGIN
    CREATE TABLE [CaseClocks] (
        [PlacementRequestId] uniqueidentifier NOT NULL,
        [RequestType] nvarchar(40) NOT NULL,
        [ReceivedDate] date NOT NULL,
        [ChildId] uniqueidentifier NOT NULL,
        [ChildDateOfBirth] date NOT NULL,
        [SeeksSpecialistProvision] bit NOT NULL,
        [DecidedOn] date NULL,
        [StoppedOn] date NULL,
        [ExceptionApplies] bit NOT NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_CaseClocks] PRIMARY KEY ([PlacementRequestId]),
        CONSTRAINT [FK_CaseClocks_Children_ChildId] FOREIGN KEY ([ChildId]) REFERENCES [Children] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_CaseClocks_PlacementRequests_PlacementRequestId] FOREIGN KEY ([PlacementRequestId]) REFERENCES [PlacementRequests] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123002005_StatutoryClocks'
)
BEGIN
    CREATE TABLE [Notifications] (
        [Id] uniqueidentifier NOT NULL,
        [RecipientId] nvarchar(128) NOT NULL,
        [Kind] nvarchar(50) NOT NULL,
        [Subject] nvarchar(200) NOT NULL,
        [Body] nvarchar(2000) NOT NULL,
        [Link] nvarchar(400) NULL,
        [PlacementRequestId] uniqueidentifier NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [SentAt] datetimeoffset NULL,
        CONSTRAINT [PK_Notifications] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Notifications_Users_RecipientId] FOREIGN KEY ([RecipientId]) REFERENCES [Users] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123002005_StatutoryClocks'
)
BEGIN
    CREATE TABLE [ReminderDeliveries] (
        [MilestoneId] uniqueidentifier NOT NULL,
        [Step] nvarchar(40) NOT NULL,
        [DueDate] date NOT NULL,
        [SentAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_ReminderDeliveries] PRIMARY KEY ([MilestoneId], [Step], [DueDate])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123002005_StatutoryClocks'
)
BEGIN
    CREATE TABLE [CaseClockEvents] (
        [Sequence] int NOT NULL,
        [PlacementRequestId] uniqueidentifier NOT NULL,
        [Kind] nvarchar(40) NOT NULL,
        [Agency] nvarchar(40) NULL,
        [Date] date NOT NULL,
        [Source] nvarchar(50) NOT NULL,
        [RecordedBy] nvarchar(128) NOT NULL,
        [RecordedAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_CaseClockEvents] PRIMARY KEY ([PlacementRequestId], [Sequence]),
        CONSTRAINT [FK_CaseClockEvents_CaseClocks_PlacementRequestId] FOREIGN KEY ([PlacementRequestId]) REFERENCES [CaseClocks] ([PlacementRequestId]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123002005_StatutoryClocks'
)
BEGIN
    CREATE TABLE [CaseClockExceptions] (
        [Sequence] int NOT NULL,
        [PlacementRequestId] uniqueidentifier NOT NULL,
        [ReasonCode] nvarchar(60) NOT NULL,
        [StartDate] date NOT NULL,
        [EndDate] date NOT NULL,
        [Note] nvarchar(2000) NULL,
        [RecordedBy] nvarchar(128) NOT NULL,
        [RecordedAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_CaseClockExceptions] PRIMARY KEY ([PlacementRequestId], [Sequence]),
        CONSTRAINT [FK_CaseClockExceptions_CaseClocks_PlacementRequestId] FOREIGN KEY ([PlacementRequestId]) REFERENCES [CaseClocks] ([PlacementRequestId]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123002005_StatutoryClocks'
)
BEGIN
    CREATE TABLE [CaseMilestones] (
        [Id] uniqueidentifier NOT NULL,
        [PlacementRequestId] uniqueidentifier NOT NULL,
        [Kind] nvarchar(40) NOT NULL,
        [Agency] nvarchar(40) NULL,
        [Slot] nvarchar(40) NOT NULL,
        [StartedOn] date NULL,
        [DueDate] date NULL,
        [MetOn] date NULL,
        [NotApplicable] bit NOT NULL,
        [DependsOnWorkingDays] bit NOT NULL,
        [ExceptionApplies] bit NOT NULL,
        [ExceptionReasons] nvarchar(400) NOT NULL,
        [IsOpen] bit NOT NULL,
        [DaysTaken] int NULL,
        [MetWithinLimit] bit NULL,
        [NextReminderOn] date NULL,
        CONSTRAINT [PK_CaseMilestones] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_CaseMilestones_CaseClocks_PlacementRequestId] FOREIGN KEY ([PlacementRequestId]) REFERENCES [CaseClocks] ([PlacementRequestId]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123002005_StatutoryClocks'
)
BEGIN
    IF EXISTS (SELECT * FROM [sys].[identity_columns] WHERE [name] IN (N'Date', N'Title') AND [object_id] = OBJECT_ID(N'[BankHolidays]'))
        SET IDENTITY_INSERT [BankHolidays] ON;
    EXEC(N'INSERT INTO [BankHolidays] ([Date], [Title])
    VALUES (''2025-01-01'', N''New Year’s Day''),
    (''2025-04-18'', N''Good Friday''),
    (''2025-04-21'', N''Easter Monday''),
    (''2025-05-05'', N''Early May bank holiday''),
    (''2025-05-26'', N''Spring bank holiday''),
    (''2025-08-25'', N''Summer bank holiday''),
    (''2025-12-25'', N''Christmas Day''),
    (''2025-12-26'', N''Boxing Day''),
    (''2026-01-01'', N''New Year’s Day''),
    (''2026-04-03'', N''Good Friday''),
    (''2026-04-06'', N''Easter Monday''),
    (''2026-05-04'', N''Early May bank holiday''),
    (''2026-05-25'', N''Spring bank holiday''),
    (''2026-08-31'', N''Summer bank holiday''),
    (''2026-12-25'', N''Christmas Day''),
    (''2026-12-28'', N''Boxing Day (substitute day)''),
    (''2027-01-01'', N''New Year’s Day''),
    (''2027-03-26'', N''Good Friday''),
    (''2027-03-29'', N''Easter Monday''),
    (''2027-05-03'', N''Early May bank holiday''),
    (''2027-05-31'', N''Spring bank holiday''),
    (''2027-08-30'', N''Summer bank holiday''),
    (''2027-12-27'', N''Christmas Day (substitute day)''),
    (''2027-12-28'', N''Boxing Day (substitute day)''),
    (''2028-01-03'', N''New Year’s Day (substitute day)''),
    (''2028-04-14'', N''Good Friday''),
    (''2028-04-17'', N''Easter Monday''),
    (''2028-05-01'', N''Early May bank holiday''),
    (''2028-05-29'', N''Spring bank holiday''),
    (''2028-08-28'', N''Summer bank holiday''),
    (''2028-12-25'', N''Christmas Day''),
    (''2028-12-26'', N''Boxing Day'')');
    IF EXISTS (SELECT * FROM [sys].[identity_columns] WHERE [name] IN (N'Date', N'Title') AND [object_id] = OBJECT_ID(N'[BankHolidays]'))
        SET IDENTITY_INSERT [BankHolidays] OFF;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123002005_StatutoryClocks'
)
BEGIN
    CREATE INDEX [IX_CaseClocks_ChildId] ON [CaseClocks] ([ChildId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123002005_StatutoryClocks'
)
BEGIN
    CREATE INDEX [IX_CaseMilestones_MetOn_Kind_ExceptionApplies_MetWithinLimit_DaysTaken] ON [CaseMilestones] ([MetOn], [Kind], [ExceptionApplies], [MetWithinLimit], [DaysTaken]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123002005_StatutoryClocks'
)
BEGIN
    CREATE INDEX [IX_CaseMilestones_NextReminderOn] ON [CaseMilestones] ([NextReminderOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123002005_StatutoryClocks'
)
BEGIN
    CREATE UNIQUE INDEX [IX_CaseMilestones_PlacementRequestId_Kind_Slot] ON [CaseMilestones] ([PlacementRequestId], [Kind], [Slot]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123002005_StatutoryClocks'
)
BEGIN
    CREATE INDEX [IX_Notifications_RecipientId_CreatedAt] ON [Notifications] ([RecipientId], [CreatedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123002005_StatutoryClocks'
)
BEGIN
    CREATE INDEX [IX_Notifications_SentAt_CreatedAt] ON [Notifications] ([SentAt], [CreatedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123002005_StatutoryClocks'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261123002005_StatutoryClocks', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123003200_RequestDrafts'
)
BEGIN
    CREATE TABLE [RequestDrafts] (
        [Id] uniqueidentifier NOT NULL,
        [OwnerId] nvarchar(128) NOT NULL,
        [StartedAt] datetimeoffset NOT NULL,
        [UpdatedAt] datetimeoffset NOT NULL,
        [AnswersJson] nvarchar(max) NULL,
        [SubmittedRequestId] uniqueidentifier NULL,
        [SubmittedReference] nvarchar(20) NULL,
        CONSTRAINT [PK_RequestDrafts] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123003200_RequestDrafts'
)
BEGIN
    CREATE INDEX [IX_RequestDrafts_OwnerId] ON [RequestDrafts] ([OwnerId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123003200_RequestDrafts'
)
BEGIN
    CREATE INDEX [IX_RequestDrafts_UpdatedAt] ON [RequestDrafts] ([UpdatedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123003200_RequestDrafts'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261123003200_RequestDrafts', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123015944_SharedDataProtectionKeys'
)
BEGIN
    CREATE TABLE [DataProtectionKeys] (
        [Id] int NOT NULL IDENTITY,
        [FriendlyName] nvarchar(max) NULL,
        [Xml] nvarchar(max) NULL,
        CONSTRAINT [PK_DataProtectionKeys] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123015944_SharedDataProtectionKeys'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261123015944_SharedDataProtectionKeys', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123021316_DecisionsCatalogueAndFamilyContact'
)
BEGIN
    ALTER TABLE [PanelDecisions] ADD [Placement] nvarchar(max) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123021316_DecisionsCatalogueAndFamilyContact'
)
BEGIN
    ALTER TABLE [PanelDecisions] ADD [SectorProfiles] nvarchar(max) NOT NULL DEFAULT ('[]');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123021316_DecisionsCatalogueAndFamilyContact'
)
BEGIN
    CREATE TABLE [FamilyContacts] (
        [PlacementRequestId] uniqueidentifier NOT NULL,
        [Name] nvarchar(100) NOT NULL,
        [Role] nvarchar(40) NOT NULL,
        [Salutation] nvarchar(120) NULL,
        [AddressLines] nvarchar(422) NOT NULL,
        [Postcode] nvarchar(8) NOT NULL,
        [Email] nvarchar(254) NULL,
        [RecordedBy] nvarchar(128) NOT NULL,
        [RecordedAt] datetimeoffset NOT NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_FamilyContacts] PRIMARY KEY ([PlacementRequestId]),
        CONSTRAINT [FK_FamilyContacts_PlacementRequests_PlacementRequestId] FOREIGN KEY ([PlacementRequestId]) REFERENCES [PlacementRequests] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123021316_DecisionsCatalogueAndFamilyContact'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261123021316_DecisionsCatalogueAndFamilyContact', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123022851_DecisionFormDrafts'
)
BEGIN
    CREATE TABLE [DecisionFormDrafts] (
        [Id] uniqueidentifier NOT NULL,
        [PanelMeetingId] uniqueidentifier NOT NULL,
        [PlacementRequestId] uniqueidentifier NOT NULL,
        [OwnerId] nvarchar(128) NOT NULL,
        [AnswersJson] nvarchar(max) NOT NULL,
        [UpdatedAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_DecisionFormDrafts] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_DecisionFormDrafts_PanelMeetings_PanelMeetingId] FOREIGN KEY ([PanelMeetingId]) REFERENCES [PanelMeetings] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_DecisionFormDrafts_PlacementRequests_PlacementRequestId] FOREIGN KEY ([PlacementRequestId]) REFERENCES [PlacementRequests] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123022851_DecisionFormDrafts'
)
BEGIN
    CREATE UNIQUE INDEX [IX_DecisionFormDrafts_PanelMeetingId_PlacementRequestId_OwnerId] ON [DecisionFormDrafts] ([PanelMeetingId], [PlacementRequestId], [OwnerId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123022851_DecisionFormDrafts'
)
BEGIN
    CREATE INDEX [IX_DecisionFormDrafts_PlacementRequestId] ON [DecisionFormDrafts] ([PlacementRequestId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123022851_DecisionFormDrafts'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261123022851_DecisionFormDrafts', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123024048_LetterIssuing'
)
BEGIN
    CREATE TABLE [IssuedLetters] (
        [Id] uniqueidentifier NOT NULL,
        [DecisionId] uniqueidentifier NOT NULL,
        [PlacementRequestId] uniqueidentifier NOT NULL,
        [Number] int NOT NULL,
        [Reference] nvarchar(40) NOT NULL,
        [Outcome] nvarchar(40) NOT NULL,
        [TemplateVersion] int NOT NULL,
        [LetterDate] date NOT NULL,
        [AppealDeadline] date NULL,
        [AddressedTo] nvarchar(100) NOT NULL,
        [Sha256] nchar(64) NOT NULL,
        [SizeBytes] bigint NOT NULL,
        [PageCount] int NOT NULL,
        [ReplacesLetterId] uniqueidentifier NULL,
        [IssuedBy] nvarchar(128) NOT NULL,
        [IssuedAt] datetimeoffset NOT NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_IssuedLetters] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_IssuedLetters_IssuedLetters_ReplacesLetterId] FOREIGN KEY ([ReplacesLetterId]) REFERENCES [IssuedLetters] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_IssuedLetters_PanelDecisions_DecisionId] FOREIGN KEY ([DecisionId]) REFERENCES [PanelDecisions] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_IssuedLetters_PlacementRequests_PlacementRequestId] FOREIGN KEY ([PlacementRequestId]) REFERENCES [PlacementRequests] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123024048_LetterIssuing'
)
BEGIN
    CREATE UNIQUE INDEX [IX_IssuedLetters_DecisionId] ON [IssuedLetters] ([DecisionId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123024048_LetterIssuing'
)
BEGIN
    CREATE UNIQUE INDEX [IX_IssuedLetters_PlacementRequestId_Number] ON [IssuedLetters] ([PlacementRequestId], [Number]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123024048_LetterIssuing'
)
BEGIN
    CREATE INDEX [IX_IssuedLetters_ReplacesLetterId] ON [IssuedLetters] ([ReplacesLetterId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123024048_LetterIssuing'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261123024048_LetterIssuing', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123032451_NotificationFailureReason'
)
BEGIN
    ALTER TABLE [Notifications] ADD [FailureReason] nvarchar(500) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123032451_NotificationFailureReason'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261123032451_NotificationFailureReason', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207073533_KeyedAuditTrail'
)
BEGIN
    ALTER TABLE [AuditEvents] ADD [KeyId] nvarchar(40) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207073533_KeyedAuditTrail'
)
BEGIN
    ALTER TABLE [AuditChainHeads] ADD [KeyedFromSequence] bigint NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207073533_KeyedAuditTrail'
)
BEGIN
    EXEC(N'UPDATE [AuditChainHeads] SET [KeyedFromSequence] = NULL
    WHERE [Id] = 1;
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207073533_KeyedAuditTrail'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261207073533_KeyedAuditTrail', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207092022_AccessScopeAndAuditedLists'
)
BEGIN
    DROP INDEX [IX_Children_Upn] ON [Children];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207092022_AccessScopeAndAuditedLists'
)
BEGIN
    ALTER TABLE [AuditEvents] ADD [ReturnedCaseIds] nvarchar(max) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207092022_AccessScopeAndAuditedLists'
)
BEGIN
    CREATE INDEX [IX_Children_Upn] ON [Children] ([Upn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207092022_AccessScopeAndAuditedLists'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261207092022_AccessScopeAndAuditedLists', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207103654_SectorServedNeedsAndClockFixes'
)
BEGIN
    ALTER TABLE [SectorProfileVersions] ADD [ServedNeeds] nvarchar(200) NOT NULL DEFAULT N'';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207103654_SectorServedNeedsAndClockFixes'
)
BEGIN
    ALTER TABLE [CaseMilestones] ADD [Provisional] bit NOT NULL DEFAULT CAST(0 AS bit);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207103654_SectorServedNeedsAndClockFixes'
)
BEGIN
    ALTER TABLE [CaseClockExceptions] ADD [ClosedOn] date NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207103654_SectorServedNeedsAndClockFixes'
)
BEGIN
    ALTER TABLE [CaseClockExceptions] ADD [FamilyToldOn] date NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207103654_SectorServedNeedsAndClockFixes'
)
BEGIN
    ALTER TABLE [CaseClockExceptions] ADD [ReopenedOn] date NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207103654_SectorServedNeedsAndClockFixes'
)
BEGIN
    EXEC(N'UPDATE [SectorProfileVersions] SET [ServedNeeds] = ''ASD,DS,HI,MLD,MSI,OTH,PD,PMLD,SEMH,SLCN,SLD,SPLD,VI'' WHERE [ServedNeeds] = '''' AND [SectorId] IN (SELECT [Id] FROM [Sectors] WHERE [Code] = ''mainstream'');');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207103654_SectorServedNeedsAndClockFixes'
)
BEGIN
    EXEC(N'UPDATE [SectorProfileVersions] SET [ServedNeeds] = ''ASD,SLCN'' WHERE [ServedNeeds] = '''' AND [SectorId] IN (SELECT [Id] FROM [Sectors] WHERE [Code] = ''srp-communication-and-interaction'');');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207103654_SectorServedNeedsAndClockFixes'
)
BEGIN
    EXEC(N'UPDATE [SectorProfileVersions] SET [ServedNeeds] = ''HI'' WHERE [ServedNeeds] = '''' AND [SectorId] IN (SELECT [Id] FROM [Sectors] WHERE [Code] = ''srp-hearing-impairment'');');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207103654_SectorServedNeedsAndClockFixes'
)
BEGIN
    EXEC(N'UPDATE [SectorProfileVersions] SET [ServedNeeds] = ''PD'' WHERE [ServedNeeds] = '''' AND [SectorId] IN (SELECT [Id] FROM [Sectors] WHERE [Code] = ''srp-physical-disability'');');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207103654_SectorServedNeedsAndClockFixes'
)
BEGIN
    EXEC(N'UPDATE [SectorProfileVersions] SET [ServedNeeds] = ''DS,MLD,SLD'' WHERE [ServedNeeds] = '''' AND [SectorId] IN (SELECT [Id] FROM [Sectors] WHERE [Code] = ''send-unit'');');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207103654_SectorServedNeedsAndClockFixes'
)
BEGIN
    EXEC(N'UPDATE [SectorProfileVersions] SET [ServedNeeds] = ''SEMH'' WHERE [ServedNeeds] = '''' AND [SectorId] IN (SELECT [Id] FROM [Sectors] WHERE [Code] = ''primary-behaviour-service'');');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207103654_SectorServedNeedsAndClockFixes'
)
BEGIN
    EXEC(N'UPDATE [SectorProfileVersions] SET [ServedNeeds] = ''SEMH'' WHERE [ServedNeeds] = '''' AND [SectorId] IN (SELECT [Id] FROM [Sectors] WHERE [Code] = ''education-support-centre'');');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207103654_SectorServedNeedsAndClockFixes'
)
BEGIN
    EXEC(N'UPDATE [SectorProfileVersions] SET [ServedNeeds] = ''DS,PMLD,SLD'' WHERE [ServedNeeds] = '''' AND [SectorId] IN (SELECT [Id] FROM [Sectors] WHERE [Code] = ''complex-cognition-and-learning'');');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207103654_SectorServedNeedsAndClockFixes'
)
BEGIN
    EXEC(N'UPDATE [SectorProfileVersions] SET [ServedNeeds] = ''ASD,SLCN'' WHERE [ServedNeeds] = '''' AND [SectorId] IN (SELECT [Id] FROM [Sectors] WHERE [Code] = ''communication-and-autism'');');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207103654_SectorServedNeedsAndClockFixes'
)
BEGIN
    EXEC(N'UPDATE [SectorProfileVersions] SET [ServedNeeds] = ''SEMH'' WHERE [ServedNeeds] = '''' AND [SectorId] IN (SELECT [Id] FROM [Sectors] WHERE [Code] = ''social-emotional-and-mental-health'');');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207103654_SectorServedNeedsAndClockFixes'
)
BEGIN
    EXEC(N'UPDATE [SectorProfileVersions] SET [ServedNeeds] = ''PD'' WHERE [ServedNeeds] = '''' AND [SectorId] IN (SELECT [Id] FROM [Sectors] WHERE [Code] = ''physical-and-neurological-impairment'');');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207103654_SectorServedNeedsAndClockFixes'
)
BEGIN
    EXEC(N'UPDATE [SectorProfileVersions] SET [ServedNeeds] = ''HI'' WHERE [ServedNeeds] = '''' AND [SectorId] IN (SELECT [Id] FROM [Sectors] WHERE [Code] = ''hearing-impairment'');');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207103654_SectorServedNeedsAndClockFixes'
)
BEGIN
    EXEC(N'UPDATE [SectorProfileVersions] SET [ServedNeeds] = ''ASD'' WHERE [ServedNeeds] = '''' AND [SectorId] IN (SELECT [Id] FROM [Sectors] WHERE [Code] = ''independent-communication-and-autism'');');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207103654_SectorServedNeedsAndClockFixes'
)
BEGIN
    EXEC(N'UPDATE [SectorProfileVersions] SET [ServedNeeds] = ''SEMH'' WHERE [ServedNeeds] = '''' AND [SectorId] IN (SELECT [Id] FROM [Sectors] WHERE [Code] = ''independent-semh'');');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207103654_SectorServedNeedsAndClockFixes'
)
BEGIN
    EXEC(N'UPDATE [SectorProfileVersions] SET [ServedNeeds] = ''MSI,VI'' WHERE [ServedNeeds] = '''' AND [SectorId] IN (SELECT [Id] FROM [Sectors] WHERE [Code] = ''non-maintained-sensory'');');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207103654_SectorServedNeedsAndClockFixes'
)
BEGIN
    EXEC(N'UPDATE [SectorProfileVersions] SET [ServedNeeds] = ''ASD,DS,HI,MLD,MSI,OTH,PD,PMLD,SEMH,SLCN,SLD,SPLD,VI'' WHERE [ServedNeeds] = '''' AND [SectorId] IN (SELECT [Id] FROM [Sectors] WHERE [Code] = ''further-education'');');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207103654_SectorServedNeedsAndClockFixes'
)
BEGIN
    EXEC(N'UPDATE [SectorProfileVersions] SET [ServedNeeds] = ''ASD,DS,HI,MLD,MSI,OTH,PD,PMLD,SEMH,SLCN,SLD,SPLD,VI'' WHERE [ServedNeeds] = '''' AND COALESCE([CommunicationAndInteractionMinimum], 0) = 0 AND COALESCE([CognitionAndLearningMinimum], 0) = 0 AND COALESCE([SocialEmotionalAndMentalHealthMinimum], 0) = 0 AND COALESCE([SensoryAndPhysicalMinimum], 0) = 0;');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207103654_SectorServedNeedsAndClockFixes'
)
BEGIN
    EXEC(N'UPDATE [SectorProfileVersions] SET [ServedNeeds] = ''ASD,SLCN'' WHERE [ServedNeeds] = '''' AND COALESCE([CommunicationAndInteractionMinimum], 0) >= 1 AND COALESCE([CognitionAndLearningMinimum], 0) = 0 AND COALESCE([SocialEmotionalAndMentalHealthMinimum], 0) = 0 AND COALESCE([SensoryAndPhysicalMinimum], 0) = 0;');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207103654_SectorServedNeedsAndClockFixes'
)
BEGIN
    EXEC(N'UPDATE [SectorProfileVersions] SET [ServedNeeds] = ''DS,MLD,OTH,PMLD,SLD,SPLD'' WHERE [ServedNeeds] = '''' AND COALESCE([CommunicationAndInteractionMinimum], 0) = 0 AND COALESCE([CognitionAndLearningMinimum], 0) >= 1 AND COALESCE([SocialEmotionalAndMentalHealthMinimum], 0) = 0 AND COALESCE([SensoryAndPhysicalMinimum], 0) = 0;');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207103654_SectorServedNeedsAndClockFixes'
)
BEGIN
    EXEC(N'UPDATE [SectorProfileVersions] SET [ServedNeeds] = ''ASD,DS,MLD,OTH,PMLD,SLCN,SLD,SPLD'' WHERE [ServedNeeds] = '''' AND COALESCE([CommunicationAndInteractionMinimum], 0) >= 1 AND COALESCE([CognitionAndLearningMinimum], 0) >= 1 AND COALESCE([SocialEmotionalAndMentalHealthMinimum], 0) = 0 AND COALESCE([SensoryAndPhysicalMinimum], 0) = 0;');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207103654_SectorServedNeedsAndClockFixes'
)
BEGIN
    EXEC(N'UPDATE [SectorProfileVersions] SET [ServedNeeds] = ''SEMH'' WHERE [ServedNeeds] = '''' AND COALESCE([CommunicationAndInteractionMinimum], 0) = 0 AND COALESCE([CognitionAndLearningMinimum], 0) = 0 AND COALESCE([SocialEmotionalAndMentalHealthMinimum], 0) >= 1 AND COALESCE([SensoryAndPhysicalMinimum], 0) = 0;');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207103654_SectorServedNeedsAndClockFixes'
)
BEGIN
    EXEC(N'UPDATE [SectorProfileVersions] SET [ServedNeeds] = ''ASD,SEMH,SLCN'' WHERE [ServedNeeds] = '''' AND COALESCE([CommunicationAndInteractionMinimum], 0) >= 1 AND COALESCE([CognitionAndLearningMinimum], 0) = 0 AND COALESCE([SocialEmotionalAndMentalHealthMinimum], 0) >= 1 AND COALESCE([SensoryAndPhysicalMinimum], 0) = 0;');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207103654_SectorServedNeedsAndClockFixes'
)
BEGIN
    EXEC(N'UPDATE [SectorProfileVersions] SET [ServedNeeds] = ''DS,MLD,OTH,PMLD,SEMH,SLD,SPLD'' WHERE [ServedNeeds] = '''' AND COALESCE([CommunicationAndInteractionMinimum], 0) = 0 AND COALESCE([CognitionAndLearningMinimum], 0) >= 1 AND COALESCE([SocialEmotionalAndMentalHealthMinimum], 0) >= 1 AND COALESCE([SensoryAndPhysicalMinimum], 0) = 0;');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207103654_SectorServedNeedsAndClockFixes'
)
BEGIN
    EXEC(N'UPDATE [SectorProfileVersions] SET [ServedNeeds] = ''ASD,DS,MLD,OTH,PMLD,SEMH,SLCN,SLD,SPLD'' WHERE [ServedNeeds] = '''' AND COALESCE([CommunicationAndInteractionMinimum], 0) >= 1 AND COALESCE([CognitionAndLearningMinimum], 0) >= 1 AND COALESCE([SocialEmotionalAndMentalHealthMinimum], 0) >= 1 AND COALESCE([SensoryAndPhysicalMinimum], 0) = 0;');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207103654_SectorServedNeedsAndClockFixes'
)
BEGIN
    EXEC(N'UPDATE [SectorProfileVersions] SET [ServedNeeds] = ''HI,MSI,PD,VI'' WHERE [ServedNeeds] = '''' AND COALESCE([CommunicationAndInteractionMinimum], 0) = 0 AND COALESCE([CognitionAndLearningMinimum], 0) = 0 AND COALESCE([SocialEmotionalAndMentalHealthMinimum], 0) = 0 AND COALESCE([SensoryAndPhysicalMinimum], 0) >= 1;');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207103654_SectorServedNeedsAndClockFixes'
)
BEGIN
    EXEC(N'UPDATE [SectorProfileVersions] SET [ServedNeeds] = ''ASD,HI,MSI,PD,SLCN,VI'' WHERE [ServedNeeds] = '''' AND COALESCE([CommunicationAndInteractionMinimum], 0) >= 1 AND COALESCE([CognitionAndLearningMinimum], 0) = 0 AND COALESCE([SocialEmotionalAndMentalHealthMinimum], 0) = 0 AND COALESCE([SensoryAndPhysicalMinimum], 0) >= 1;');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207103654_SectorServedNeedsAndClockFixes'
)
BEGIN
    EXEC(N'UPDATE [SectorProfileVersions] SET [ServedNeeds] = ''DS,HI,MLD,MSI,OTH,PD,PMLD,SLD,SPLD,VI'' WHERE [ServedNeeds] = '''' AND COALESCE([CommunicationAndInteractionMinimum], 0) = 0 AND COALESCE([CognitionAndLearningMinimum], 0) >= 1 AND COALESCE([SocialEmotionalAndMentalHealthMinimum], 0) = 0 AND COALESCE([SensoryAndPhysicalMinimum], 0) >= 1;');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207103654_SectorServedNeedsAndClockFixes'
)
BEGIN
    EXEC(N'UPDATE [SectorProfileVersions] SET [ServedNeeds] = ''ASD,DS,HI,MLD,MSI,OTH,PD,PMLD,SLCN,SLD,SPLD,VI'' WHERE [ServedNeeds] = '''' AND COALESCE([CommunicationAndInteractionMinimum], 0) >= 1 AND COALESCE([CognitionAndLearningMinimum], 0) >= 1 AND COALESCE([SocialEmotionalAndMentalHealthMinimum], 0) = 0 AND COALESCE([SensoryAndPhysicalMinimum], 0) >= 1;');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207103654_SectorServedNeedsAndClockFixes'
)
BEGIN
    EXEC(N'UPDATE [SectorProfileVersions] SET [ServedNeeds] = ''HI,MSI,PD,SEMH,VI'' WHERE [ServedNeeds] = '''' AND COALESCE([CommunicationAndInteractionMinimum], 0) = 0 AND COALESCE([CognitionAndLearningMinimum], 0) = 0 AND COALESCE([SocialEmotionalAndMentalHealthMinimum], 0) >= 1 AND COALESCE([SensoryAndPhysicalMinimum], 0) >= 1;');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207103654_SectorServedNeedsAndClockFixes'
)
BEGIN
    EXEC(N'UPDATE [SectorProfileVersions] SET [ServedNeeds] = ''ASD,HI,MSI,PD,SEMH,SLCN,VI'' WHERE [ServedNeeds] = '''' AND COALESCE([CommunicationAndInteractionMinimum], 0) >= 1 AND COALESCE([CognitionAndLearningMinimum], 0) = 0 AND COALESCE([SocialEmotionalAndMentalHealthMinimum], 0) >= 1 AND COALESCE([SensoryAndPhysicalMinimum], 0) >= 1;');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207103654_SectorServedNeedsAndClockFixes'
)
BEGIN
    EXEC(N'UPDATE [SectorProfileVersions] SET [ServedNeeds] = ''DS,HI,MLD,MSI,OTH,PD,PMLD,SEMH,SLD,SPLD,VI'' WHERE [ServedNeeds] = '''' AND COALESCE([CommunicationAndInteractionMinimum], 0) = 0 AND COALESCE([CognitionAndLearningMinimum], 0) >= 1 AND COALESCE([SocialEmotionalAndMentalHealthMinimum], 0) >= 1 AND COALESCE([SensoryAndPhysicalMinimum], 0) >= 1;');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207103654_SectorServedNeedsAndClockFixes'
)
BEGIN
    EXEC(N'UPDATE [SectorProfileVersions] SET [ServedNeeds] = ''ASD,DS,HI,MLD,MSI,OTH,PD,PMLD,SEMH,SLCN,SLD,SPLD,VI'' WHERE [ServedNeeds] = '''' AND COALESCE([CommunicationAndInteractionMinimum], 0) >= 1 AND COALESCE([CognitionAndLearningMinimum], 0) >= 1 AND COALESCE([SocialEmotionalAndMentalHealthMinimum], 0) >= 1 AND COALESCE([SensoryAndPhysicalMinimum], 0) >= 1;');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207103654_SectorServedNeedsAndClockFixes'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261207103654_SectorServedNeedsAndClockFixes', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207114927_AppealableNoticesAndSettingStatus'
)
BEGIN
    DROP INDEX [IX_IssuedLetters_DecisionId] ON [IssuedLetters];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207114927_AppealableNoticesAndSettingStatus'
)
BEGIN
    ALTER TABLE [Settings] ADD [Status] nvarchar(40) NOT NULL DEFAULT N'';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207114927_AppealableNoticesAndSettingStatus'
)
BEGIN
    UPDATE "Settings" SET "Status" = CASE
        WHEN "Kind" = 'Independent' AND "S41Approved" = 1 THEN 'IndependentApprovedS41'
        WHEN "Kind" = 'Independent' THEN 'OtherIndependent'
        WHEN "Kind" = 'NonMaintainedSpecial' THEN 'NonMaintainedSpecial'
        WHEN "S41Approved" = 1 THEN 'IndependentApprovedS41'
        WHEN "Kind" = 'FurtherEducationCollege' THEN 'FurtherEducation'
        WHEN "Phase" = 'Nursery' THEN 'MaintainedNursery'
        WHEN "Name" LIKE '%Academy%' THEN 'Academy'
        ELSE 'MaintainedSchool'
    END;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207114927_AppealableNoticesAndSettingStatus'
)
BEGIN
    DECLARE @var nvarchar(max);
    SELECT @var = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[Settings]') AND [c].[name] = N'S41Approved');
    IF @var IS NOT NULL EXEC(N'ALTER TABLE [Settings] DROP CONSTRAINT ' + @var + ';');
    ALTER TABLE [Settings] DROP COLUMN [S41Approved];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207114927_AppealableNoticesAndSettingStatus'
)
BEGIN
    DECLARE @var1 nvarchar(max);
    SELECT @var1 = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[IssuedLetters]') AND [c].[name] = N'DecisionId');
    IF @var1 IS NOT NULL EXEC(N'ALTER TABLE [IssuedLetters] DROP CONSTRAINT ' + @var1 + ';');
    ALTER TABLE [IssuedLetters] ALTER COLUMN [DecisionId] uniqueidentifier NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207114927_AppealableNoticesAndSettingStatus'
)
BEGIN
    ALTER TABLE [IssuedLetters] ADD [BasedOnDecisionId] uniqueidentifier NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207114927_AppealableNoticesAndSettingStatus'
)
BEGIN
    ALTER TABLE [IssuedLetters] ADD [NamedInPlan] nvarchar(200) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207114927_AppealableNoticesAndSettingStatus'
)
BEGIN
    CREATE INDEX [IX_IssuedLetters_BasedOnDecisionId] ON [IssuedLetters] ([BasedOnDecisionId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207114927_AppealableNoticesAndSettingStatus'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_IssuedLetters_DecisionId] ON [IssuedLetters] ([DecisionId]) WHERE [DecisionId] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207114927_AppealableNoticesAndSettingStatus'
)
BEGIN
    ALTER TABLE [IssuedLetters] ADD CONSTRAINT [FK_IssuedLetters_PanelDecisions_BasedOnDecisionId] FOREIGN KEY ([BasedOnDecisionId]) REFERENCES [PanelDecisions] ([Id]) ON DELETE NO ACTION;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207114927_AppealableNoticesAndSettingStatus'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261207114927_AppealableNoticesAndSettingStatus', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207115000_SessionStamps'
)
BEGIN
    CREATE TABLE [UserSessionStamps] (
        [UserId] nvarchar(128) NOT NULL,
        [Stamp] uniqueidentifier NOT NULL,
        [EndedAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_UserSessionStamps] PRIMARY KEY ([UserId]),
        CONSTRAINT [FK_UserSessionStamps_Users_UserId] FOREIGN KEY ([UserId]) REFERENCES [Users] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207115000_SessionStamps'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261207115000_SessionStamps', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207115809_PartnersInTheService'
)
BEGIN
    ALTER TABLE [Users] ADD [ClosedReason] nvarchar(500) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207115809_PartnersInTheService'
)
BEGIN
    ALTER TABLE [Users] ADD [InvitedAt] datetimeoffset NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207115809_PartnersInTheService'
)
BEGIN
    ALTER TABLE [Users] ADD [InvitedBy] nvarchar(128) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207115809_PartnersInTheService'
)
BEGIN
    ALTER TABLE [Users] ADD [SettingId] uniqueidentifier NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207115809_PartnersInTheService'
)
BEGIN
    ALTER TABLE [Consultations] ADD [Adjustments] nvarchar(max) NOT NULL DEFAULT N'';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207115809_PartnersInTheService'
)
BEGIN
    ALTER TABLE [Consultations] ADD [Objections] nvarchar(200) NOT NULL DEFAULT N'';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207115809_PartnersInTheService'
)
BEGIN
    UPDATE Consultations SET Adjustments = '[]', Objections = 'None';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207115809_PartnersInTheService'
)
BEGIN
    ALTER TABLE [Consultations] ADD [ResponseRecordedBy] nvarchar(128) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207115809_PartnersInTheService'
)
BEGIN
    CREATE TABLE [PartnerRequests] (
        [Id] uniqueidentifier NOT NULL,
        [PlacementRequestId] uniqueidentifier NOT NULL,
        [Kind] nvarchar(40) NOT NULL,
        [AdviceRequestId] uniqueidentifier NULL,
        [ConsultationId] uniqueidentifier NULL,
        [PartnerId] nvarchar(128) NULL,
        [SettingId] uniqueidentifier NULL,
        [DueOn] date NOT NULL,
        [Sections] nvarchar(100) NOT NULL,
        [SharedDocumentIds] nvarchar(max) NOT NULL,
        [Status] nvarchar(40) NOT NULL,
        [DeclineReason] nvarchar(2000) NULL,
        [AnsweredBy] nvarchar(128) NULL,
        [AnsweredAt] datetimeoffset NULL,
        [Questions] nvarchar(max) NOT NULL,
        [SharedBy] nvarchar(128) NOT NULL,
        [SharedAt] datetimeoffset NOT NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_PartnerRequests] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_PartnerRequests_AdviceRequests_AdviceRequestId] FOREIGN KEY ([AdviceRequestId]) REFERENCES [AdviceRequests] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_PartnerRequests_Consultations_ConsultationId] FOREIGN KEY ([ConsultationId]) REFERENCES [Consultations] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_PartnerRequests_PlacementRequests_PlacementRequestId] FOREIGN KEY ([PlacementRequestId]) REFERENCES [PlacementRequests] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_PartnerRequests_Settings_SettingId] FOREIGN KEY ([SettingId]) REFERENCES [Settings] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_PartnerRequests_Users_PartnerId] FOREIGN KEY ([PartnerId]) REFERENCES [Users] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207115809_PartnersInTheService'
)
BEGIN
    CREATE TABLE [PartnerReminderDeliveries] (
        [PartnerRequestId] uniqueidentifier NOT NULL,
        [Step] nvarchar(20) NOT NULL,
        [DueOn] date NOT NULL,
        [RecipientId] nvarchar(128) NOT NULL,
        [SentAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_PartnerReminderDeliveries] PRIMARY KEY ([PartnerRequestId], [Step], [DueOn], [RecipientId]),
        CONSTRAINT [FK_PartnerReminderDeliveries_PartnerRequests_PartnerRequestId] FOREIGN KEY ([PartnerRequestId]) REFERENCES [PartnerRequests] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207115809_PartnersInTheService'
)
BEGIN
    CREATE INDEX [IX_Users_Email] ON [Users] ([Email]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207115809_PartnersInTheService'
)
BEGIN
    CREATE INDEX [IX_Users_SettingId] ON [Users] ([SettingId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207115809_PartnersInTheService'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_PartnerRequests_AdviceRequestId] ON [PartnerRequests] ([AdviceRequestId]) WHERE [AdviceRequestId] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207115809_PartnersInTheService'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_PartnerRequests_ConsultationId] ON [PartnerRequests] ([ConsultationId]) WHERE [ConsultationId] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207115809_PartnersInTheService'
)
BEGIN
    CREATE INDEX [IX_PartnerRequests_PartnerId_Status] ON [PartnerRequests] ([PartnerId], [Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207115809_PartnersInTheService'
)
BEGIN
    CREATE INDEX [IX_PartnerRequests_PlacementRequestId] ON [PartnerRequests] ([PlacementRequestId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207115809_PartnersInTheService'
)
BEGIN
    CREATE INDEX [IX_PartnerRequests_SettingId_Status] ON [PartnerRequests] ([SettingId], [Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207115809_PartnersInTheService'
)
BEGIN
    CREATE INDEX [IX_PartnerRequests_Status_DueOn] ON [PartnerRequests] ([Status], [DueOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207115809_PartnersInTheService'
)
BEGIN
    ALTER TABLE [Users] ADD CONSTRAINT [FK_Users_Settings_SettingId] FOREIGN KEY ([SettingId]) REFERENCES [Settings] ([Id]) ON DELETE NO ACTION;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207115809_PartnersInTheService'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261207115809_PartnersInTheService', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207134512_LateDeadlineExplanations'
)
BEGIN
    CREATE TABLE [CaseClockLateExplanations] (
        [Sequence] int NOT NULL,
        [PlacementRequestId] uniqueidentifier NOT NULL,
        [Kind] nvarchar(40) NOT NULL,
        [Agency] nvarchar(40) NULL,
        [Reason] nvarchar(600) NOT NULL,
        [ExpectedBy] date NOT NULL,
        [RecordedBy] nvarchar(128) NOT NULL,
        [RecordedAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_CaseClockLateExplanations] PRIMARY KEY ([PlacementRequestId], [Sequence]),
        CONSTRAINT [FK_CaseClockLateExplanations_CaseClocks_PlacementRequestId] FOREIGN KEY ([PlacementRequestId]) REFERENCES [CaseClocks] ([PlacementRequestId]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207134512_LateDeadlineExplanations'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261207134512_LateDeadlineExplanations', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207134656_AppealsAndMediation'
)
BEGIN
    CREATE TABLE [Mediations] (
        [Id] uniqueidentifier NOT NULL,
        [PlacementRequestId] uniqueidentifier NOT NULL,
        [NoticeLetterId] uniqueidentifier NOT NULL,
        [NoticeReference] nvarchar(40) NOT NULL,
        [Notice] nvarchar(40) NOT NULL,
        [NoticeSentOn] date NOT NULL,
        [AdviserContactedOn] date NOT NULL,
        [Choice] nvarchar(40) NOT NULL,
        [ChoiceMadeOn] date NULL,
        [HeldOn] date NULL,
        [Outcome] nvarchar(40) NULL,
        [CertificateIssuedOn] date NULL,
        [RecordedBy] nvarchar(128) NOT NULL,
        [RecordedAt] datetimeoffset NOT NULL,
        [UpdatedAt] datetimeoffset NOT NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_Mediations] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Mediations_IssuedLetters_NoticeLetterId] FOREIGN KEY ([NoticeLetterId]) REFERENCES [IssuedLetters] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Mediations_PlacementRequests_PlacementRequestId] FOREIGN KEY ([PlacementRequestId]) REFERENCES [PlacementRequests] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207134656_AppealsAndMediation'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Mediations_NoticeLetterId] ON [Mediations] ([NoticeLetterId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207134656_AppealsAndMediation'
)
BEGIN
    CREATE INDEX [IX_Mediations_PlacementRequestId] ON [Mediations] ([PlacementRequestId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207134656_AppealsAndMediation'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261207134656_AppealsAndMediation', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207135527_PlanRegisterAndReviews'
)
BEGIN
    CREATE TABLE [Plans] (
        [Id] uniqueidentifier NOT NULL,
        [ChildId] uniqueidentifier NOT NULL,
        [SettingId] uniqueidentifier NULL,
        [NamedInPlan] nvarchar(200) NULL,
        [PlanDate] date NOT NULL,
        [LastReviewDate] date NULL,
        [LastAmendedOn] date NULL,
        [OfficerId] nvarchar(128) NOT NULL,
        [Source] nvarchar(40) NOT NULL,
        [FinalisedInCaseId] uniqueidentifier NULL,
        [RecordedBy] nvarchar(128) NOT NULL,
        [RecordedAt] datetimeoffset NOT NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_Plans] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Plans_Children_ChildId] FOREIGN KEY ([ChildId]) REFERENCES [Children] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Plans_PlacementRequests_FinalisedInCaseId] FOREIGN KEY ([FinalisedInCaseId]) REFERENCES [PlacementRequests] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Plans_Settings_SettingId] FOREIGN KEY ([SettingId]) REFERENCES [Settings] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Plans_Users_OfficerId] FOREIGN KEY ([OfficerId]) REFERENCES [Users] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207135527_PlanRegisterAndReviews'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Plans_ChildId] ON [Plans] ([ChildId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207135527_PlanRegisterAndReviews'
)
BEGIN
    CREATE INDEX [IX_Plans_FinalisedInCaseId] ON [Plans] ([FinalisedInCaseId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207135527_PlanRegisterAndReviews'
)
BEGIN
    CREATE INDEX [IX_Plans_OfficerId_PlanDate] ON [Plans] ([OfficerId], [PlanDate]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207135527_PlanRegisterAndReviews'
)
BEGIN
    CREATE INDEX [IX_Plans_SettingId] ON [Plans] ([SettingId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207135527_PlanRegisterAndReviews'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261207135527_PlanRegisterAndReviews', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207165423_IssuedLetterWebPages'
)
BEGIN
    ALTER TABLE [IssuedLetters] ADD [HtmlSha256] nchar(64) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207165423_IssuedLetterWebPages'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261207165423_IssuedLetterWebPages', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207165440_TribunalAppealsAndOrders'
)
BEGIN
    CREATE TABLE [CaseClockOrders] (
        [OrderId] uniqueidentifier NOT NULL,
        [PlacementRequestId] uniqueidentifier NOT NULL,
        [Kind] nvarchar(40) NOT NULL,
        [RunsFrom] date NOT NULL,
        [MetOn] date NULL,
        CONSTRAINT [PK_CaseClockOrders] PRIMARY KEY ([PlacementRequestId], [OrderId]),
        CONSTRAINT [FK_CaseClockOrders_CaseClocks_PlacementRequestId] FOREIGN KEY ([PlacementRequestId]) REFERENCES [CaseClocks] ([PlacementRequestId]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207165440_TribunalAppealsAndOrders'
)
BEGIN
    CREATE TABLE [TribunalAppeals] (
        [Id] uniqueidentifier NOT NULL,
        [PlacementRequestId] uniqueidentifier NOT NULL,
        [NoticeLetterId] uniqueidentifier NOT NULL,
        [NoticeReference] nvarchar(40) NOT NULL,
        [Notice] nvarchar(40) NOT NULL,
        [NoticeSentOn] date NOT NULL,
        [Subject] nvarchar(40) NOT NULL,
        [RegisteredOn] date NOT NULL,
        [ResponseDueOn] date NULL,
        [EvidenceDueOn] date NULL,
        [HearingOn] date NULL,
        [Position] nvarchar(40) NULL,
        [PositionOn] date NULL,
        [Outcome] nvarchar(40) NULL,
        [DecidedOn] date NULL,
        [RecordedBy] nvarchar(128) NOT NULL,
        [RecordedAt] datetimeoffset NOT NULL,
        [UpdatedAt] datetimeoffset NOT NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_TribunalAppeals] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_TribunalAppeals_IssuedLetters_NoticeLetterId] FOREIGN KEY ([NoticeLetterId]) REFERENCES [IssuedLetters] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_TribunalAppeals_PlacementRequests_PlacementRequestId] FOREIGN KEY ([PlacementRequestId]) REFERENCES [PlacementRequests] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207165440_TribunalAppealsAndOrders'
)
BEGIN
    CREATE TABLE [TribunalOrders] (
        [Id] uniqueidentifier NOT NULL,
        [Kind] nvarchar(40) NOT NULL,
        [MadeOn] date NOT NULL,
        [Unopposed] bit NOT NULL,
        [MetOn] date NULL,
        [MetByNoticeId] uniqueidentifier NULL,
        [AppealId] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_TribunalOrders] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_TribunalOrders_TribunalAppeals_AppealId] FOREIGN KEY ([AppealId]) REFERENCES [TribunalAppeals] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207165440_TribunalAppealsAndOrders'
)
BEGIN
    CREATE INDEX [IX_TribunalAppeals_NoticeLetterId] ON [TribunalAppeals] ([NoticeLetterId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207165440_TribunalAppealsAndOrders'
)
BEGIN
    CREATE INDEX [IX_TribunalAppeals_PlacementRequestId] ON [TribunalAppeals] ([PlacementRequestId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207165440_TribunalAppealsAndOrders'
)
BEGIN
    CREATE INDEX [IX_TribunalAppeals_RegisteredOn] ON [TribunalAppeals] ([RegisteredOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207165440_TribunalAppealsAndOrders'
)
BEGIN
    CREATE INDEX [IX_TribunalOrders_AppealId] ON [TribunalOrders] ([AppealId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207165440_TribunalAppealsAndOrders'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261207165440_TribunalAppealsAndOrders', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207204757_OneOpenAppealPerNotice'
)
BEGIN
    ALTER TABLE [TribunalAppeals] ADD [OpenNoticeLetterId] uniqueidentifier NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207204757_OneOpenAppealPerNotice'
)
BEGIN
    EXEC(N'UPDATE [TribunalAppeals] SET [OpenNoticeLetterId] = [NoticeLetterId] WHERE [Outcome] IS NULL AND ([Position] IS NULL OR [Position] = N''Opposes'')');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207204757_OneOpenAppealPerNotice'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_TribunalAppeals_OpenNoticeLetterId] ON [TribunalAppeals] ([OpenNoticeLetterId]) WHERE [OpenNoticeLetterId] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207204757_OneOpenAppealPerNotice'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261207204757_OneOpenAppealPerNotice', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207215241_AnnualReviews'
)
BEGIN
    ALTER TABLE [Plans] ADD [CeasedOn] date NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207215241_AnnualReviews'
)
BEGIN
    CREATE TABLE [AnnualReviews] (
        [Id] uniqueidentifier NOT NULL,
        [PlanId] uniqueidentifier NOT NULL,
        [ChildId] uniqueidentifier NOT NULL,
        [DueOn] date NOT NULL,
        [MeetingDate] date NOT NULL,
        [SettingId] uniqueidentifier NULL,
        [MeetingRecordedBy] nvarchar(128) NOT NULL,
        [MeetingRecordedAt] datetimeoffset NOT NULL,
        [PaperworkReturnedOn] date NULL,
        [ReportDate] date NULL,
        [Attendees] nvarchar(2000) NULL,
        [ChildViews] nvarchar(4000) NULL,
        [FamilyViews] nvarchar(4000) NULL,
        [Recommendation] nvarchar(40) NULL,
        [RecommendationReasons] nvarchar(4000) NULL,
        [PaperworkReturnedBy] nvarchar(128) NULL,
        [Outcome] nvarchar(40) NULL,
        [DecisionNotifiedOn] date NULL,
        [DecisionReasons] nvarchar(4000) NULL,
        [DecidedBy] nvarchar(128) NULL,
        [AmendedPlanIssuedOn] date NULL,
        [PlacementRequestId] uniqueidentifier NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_AnnualReviews] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AnnualReviews_PlacementRequests_PlacementRequestId] FOREIGN KEY ([PlacementRequestId]) REFERENCES [PlacementRequests] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_AnnualReviews_Plans_PlanId] FOREIGN KEY ([PlanId]) REFERENCES [Plans] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_AnnualReviews_Settings_SettingId] FOREIGN KEY ([SettingId]) REFERENCES [Settings] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207215241_AnnualReviews'
)
BEGIN
    CREATE INDEX [IX_AnnualReviews_ChildId] ON [AnnualReviews] ([ChildId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207215241_AnnualReviews'
)
BEGIN
    CREATE INDEX [IX_AnnualReviews_PlacementRequestId] ON [AnnualReviews] ([PlacementRequestId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207215241_AnnualReviews'
)
BEGIN
    CREATE UNIQUE INDEX [IX_AnnualReviews_PlanId_MeetingDate] ON [AnnualReviews] ([PlanId], [MeetingDate]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207215241_AnnualReviews'
)
BEGIN
    CREATE INDEX [IX_AnnualReviews_SettingId] ON [AnnualReviews] ([SettingId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207215241_AnnualReviews'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261207215241_AnnualReviews', N'10.0.14');
END;

COMMIT;
GO

