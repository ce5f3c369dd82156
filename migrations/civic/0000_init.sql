CREATE TABLE `ballots` (
	`division_id` integer NOT NULL,
	`member_id` integer NOT NULL,
	`ballot` text NOT NULL,
	`party_id` integer,
	`speaker_db_id` integer,
	`name_printed` text,
	PRIMARY KEY(`division_id`, `member_id`),
	FOREIGN KEY (`division_id`) REFERENCES `divisions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`member_id`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`party_id`) REFERENCES `parties`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "ballots_ballot" CHECK(ballot IN ('yea', 'nay', 'paired'))
);
--> statement-breakpoint
CREATE INDEX `ballots_member` ON `ballots` (`member_id`);--> statement-breakpoint
CREATE TABLE `bill_stage_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`bill_id` integer NOT NULL,
	`stage` text NOT NULL,
	`chamber` text NOT NULL,
	`date` text NOT NULL,
	`description_en` text,
	`description_fr` text,
	`document_id` integer,
	`source` text NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`bill_id`) REFERENCES `bills`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `bill_stage_events_bill_stage` ON `bill_stage_events` (`bill_id`,`chamber`,`stage`,`date`);--> statement-breakpoint
CREATE INDEX `bill_stage_events_date` ON `bill_stage_events` (`date`);--> statement-breakpoint
CREATE TABLE `bills` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`session_code` text NOT NULL,
	`number` text NOT NULL,
	`number_only` integer NOT NULL,
	`originating_chamber` text NOT NULL,
	`long_title_en` text,
	`long_title_fr` text,
	`short_title_en` text,
	`short_title_fr` text,
	`bill_type` text,
	`private_member` integer,
	`sponsor_member_id` integer,
	`sponsor_name` text,
	`status` text,
	`status_chamber` text,
	`status_date` text,
	`status_text_en` text,
	`status_text_fr` text,
	`introduced_date` text,
	`legisinfo_id` integer,
	`source` text NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`session_code`) REFERENCES `sessions`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`sponsor_member_id`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `bills_legisinfo_id_unique` ON `bills` (`legisinfo_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `bills_session_number` ON `bills` (`session_code`,`number`);--> statement-breakpoint
CREATE INDEX `bills_session_status` ON `bills` (`session_code`,`status`);--> statement-breakpoint
CREATE INDEX `bills_sponsor` ON `bills` (`sponsor_member_id`);--> statement-breakpoint
CREATE TABLE `committee_meetings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`committee_id` integer NOT NULL,
	`session_code` text NOT NULL,
	`number` integer NOT NULL,
	`date` text NOT NULL,
	`document_id` integer,
	`source` text NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`committee_id`) REFERENCES `committees`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`session_code`) REFERENCES `sessions`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `committee_meetings_document_id_unique` ON `committee_meetings` (`document_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `committee_meetings_committee_number` ON `committee_meetings` (`committee_id`,`session_code`,`number`);--> statement-breakpoint
CREATE INDEX `committee_meetings_date` ON `committee_meetings` (`date`);--> statement-breakpoint
CREATE TABLE `committees` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`acronym` text,
	`name_en` text NOT NULL,
	`name_fr` text,
	`parent_id` integer,
	`joint` integer DEFAULT false NOT NULL,
	`source` text NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`parent_id`) REFERENCES `committees`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `committees_slug_unique` ON `committees` (`slug`);--> statement-breakpoint
CREATE INDEX `committees_acronym` ON `committees` (`acronym`);--> statement-breakpoint
CREATE TABLE `divisions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`session_code` text NOT NULL,
	`number` integer NOT NULL,
	`date` text NOT NULL,
	`document_id` integer,
	`source_id` text,
	`description_en` text,
	`description_fr` text,
	`result` text NOT NULL,
	`yea_total` integer NOT NULL,
	`nay_total` integer NOT NULL,
	`paired_total` integer DEFAULT 0 NOT NULL,
	`bill_id` integer,
	`source` text NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`session_code`) REFERENCES `sessions`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`bill_id`) REFERENCES `bills`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "divisions_result" CHECK(result IN ('passed', 'failed', 'tie'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `divisions_session_number` ON `divisions` (`session_code`,`number`);--> statement-breakpoint
CREATE INDEX `divisions_date` ON `divisions` (`date`);--> statement-breakpoint
CREATE INDEX `divisions_bill` ON `divisions` (`bill_id`);--> statement-breakpoint
CREATE TABLE `documents` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`session_code` text NOT NULL,
	`date` text NOT NULL,
	`number` integer NOT NULL,
	`source_id_en` text,
	`source_id_fr` text,
	`source_url_en` text,
	`source_url_fr` text,
	`source` text NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`session_code`) REFERENCES `sessions`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `documents_source_id_en_unique` ON `documents` (`source_id_en`);--> statement-breakpoint
CREATE UNIQUE INDEX `documents_source_id_fr_unique` ON `documents` (`source_id_fr`);--> statement-breakpoint
CREATE UNIQUE INDEX `documents_sitting` ON `documents` (`session_code`,`number`) WHERE kind = 'debates';--> statement-breakpoint
CREATE INDEX `documents_kind_date` ON `documents` (`kind`,`date`);--> statement-breakpoint
CREATE INDEX `documents_session_date` ON `documents` (`session_code`,`date`);--> statement-breakpoint
CREATE TABLE `jurisdictions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`name_en` text NOT NULL,
	`name_fr` text,
	`level` text NOT NULL,
	`province` text NOT NULL,
	`ocd_id` text,
	`source_url` text,
	`source` text NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `jurisdictions_slug_unique` ON `jurisdictions` (`slug`);--> statement-breakpoint
CREATE INDEX `jurisdictions_level` ON `jurisdictions` (`level`,`province`);--> statement-breakpoint
CREATE TABLE `member_identifiers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`member_id` integer NOT NULL,
	`scheme` text NOT NULL,
	`value` text NOT NULL,
	`affiliation_type` integer,
	`source` text NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`member_id`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `member_identifiers_scheme_value` ON `member_identifiers` (`scheme`,`value`);--> statement-breakpoint
CREATE INDEX `member_identifiers_member` ON `member_identifiers` (`member_id`);--> statement-breakpoint
CREATE TABLE `member_terms` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`member_id` integer NOT NULL,
	`party_id` integer,
	`riding_id` integer,
	`start_date` text NOT NULL,
	`end_date` text,
	`openparliament_id` integer,
	`source` text NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`member_id`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`party_id`) REFERENCES `parties`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`riding_id`) REFERENCES `ridings`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `member_terms_openparliament_id_unique` ON `member_terms` (`openparliament_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `member_terms_member_start` ON `member_terms` (`member_id`,`start_date`);--> statement-breakpoint
CREATE INDEX `member_terms_party` ON `member_terms` (`party_id`,`start_date`);--> statement-breakpoint
CREATE INDEX `member_terms_riding` ON `member_terms` (`riding_id`,`start_date`);--> statement-breakpoint
CREATE INDEX `member_terms_dates` ON `member_terms` (`start_date`,`end_date`);--> statement-breakpoint
CREATE TABLE `members` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`house_person_id` integer,
	`name` text NOT NULL,
	`name_given` text,
	`name_family` text,
	`gender` text,
	`headshot_url` text,
	`twitter` text,
	`web_site` text,
	`openparliament_id` integer,
	`source` text NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `members_slug_unique` ON `members` (`slug`);--> statement-breakpoint
CREATE UNIQUE INDEX `members_house_person_id_unique` ON `members` (`house_person_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `members_openparliament_id_unique` ON `members` (`openparliament_id`);--> statement-breakpoint
CREATE INDEX `members_name_family` ON `members` (`name_family`);--> statement-breakpoint
CREATE TABLE `parties` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`name_en` text NOT NULL,
	`name_fr` text,
	`short_name_en` text NOT NULL,
	`short_name_fr` text,
	`abbreviation_en` text,
	`abbreviation_fr` text,
	`openparliament_id` integer,
	`source` text NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `parties_slug_unique` ON `parties` (`slug`);--> statement-breakpoint
CREATE UNIQUE INDEX `parties_openparliament_id_unique` ON `parties` (`openparliament_id`);--> statement-breakpoint
CREATE TABLE `representative_offices` (
	`representative_id` integer NOT NULL,
	`position` integer NOT NULL,
	`type` text,
	`tel` text,
	`fax` text,
	`postal` text,
	PRIMARY KEY(`representative_id`, `position`),
	FOREIGN KEY (`representative_id`) REFERENCES `representatives`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `representatives` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`jurisdiction_id` integer NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`elected_office` text NOT NULL,
	`district_name` text,
	`district_id` text DEFAULT '' NOT NULL,
	`party_name` text,
	`email` text,
	`url` text,
	`personal_url` text,
	`photo_url` text,
	`source_url` text,
	`extra` text,
	`source` text NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`jurisdiction_id`) REFERENCES `jurisdictions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `representatives_jurisdiction_district_slug` ON `representatives` (`jurisdiction_id`,`district_id`,`slug`);--> statement-breakpoint
CREATE INDEX `representatives_jurisdiction_slug` ON `representatives` (`jurisdiction_id`,`slug`);--> statement-breakpoint
CREATE INDEX `representatives_office` ON `representatives` (`elected_office`);--> statement-breakpoint
CREATE TABLE `ridings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`edid` integer,
	`representation_order` integer,
	`slug` text NOT NULL,
	`name_en` text NOT NULL,
	`name_fr` text,
	`province` text NOT NULL,
	`current` integer DEFAULT false NOT NULL,
	`ocd_id` text,
	`valid_from` text,
	`valid_through` text,
	`openparliament_id` integer,
	`source` text NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `ridings_ocd_id_unique` ON `ridings` (`ocd_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `ridings_openparliament_id_unique` ON `ridings` (`openparliament_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `ridings_edid_order` ON `ridings` (`edid`,`representation_order`);--> statement-breakpoint
CREATE INDEX `ridings_province_current` ON `ridings` (`province`,`current`);--> statement-breakpoint
CREATE INDEX `ridings_current` ON `ridings` (`current`);--> statement-breakpoint
CREATE TABLE `sessions` (
	`code` text PRIMARY KEY NOT NULL,
	`parliament_number` integer NOT NULL,
	`session_number` integer NOT NULL,
	`name_en` text NOT NULL,
	`name_fr` text,
	`start_date` text,
	`end_date` text,
	`source` text NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `sessions_parliament_session` ON `sessions` (`parliament_number`,`session_number`);--> statement-breakpoint
CREATE TABLE `statement_bills` (
	`statement_id` integer NOT NULL,
	`bill_id` integer NOT NULL,
	PRIMARY KEY(`statement_id`, `bill_id`),
	FOREIGN KEY (`statement_id`) REFERENCES `statements`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`bill_id`) REFERENCES `bills`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `statement_bills_bill` ON `statement_bills` (`bill_id`);--> statement-breakpoint
CREATE TABLE `statements` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`document_id` integer NOT NULL,
	`date` text NOT NULL,
	`sequence` integer NOT NULL,
	`source_id` text,
	`member_id` integer,
	`speaker_db_id` integer,
	`speaker_affiliation_type` integer,
	`speaker_name_en` text,
	`speaker_name_fr` text,
	`speaker_context_en` text,
	`speaker_context_fr` text,
	`heading_en` text,
	`heading_fr` text,
	`subheading_en` text,
	`subheading_fr` text,
	`time` text,
	`intervention_type` text,
	`floor_language` text,
	`text_en` text,
	`text_fr` text,
	`procedural` integer DEFAULT false NOT NULL,
	`word_count` integer DEFAULT 0 NOT NULL,
	`source` text NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`member_id`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `statements_document_sequence` ON `statements` (`document_id`,`sequence`);--> statement-breakpoint
CREATE INDEX `statements_document_source` ON `statements` (`document_id`,`source_id`);--> statement-breakpoint
CREATE INDEX `statements_member_date` ON `statements` (`member_id`,`date`);--> statement-breakpoint
CREATE INDEX `statements_speaker_db_id` ON `statements` (`speaker_db_id`);