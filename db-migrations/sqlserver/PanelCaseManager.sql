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

