CREATE TABLE `roster_seats` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`roster` text NOT NULL,
	`entry` text NOT NULL,
	`house_person_id` integer,
	`parlinfo_id` text,
	`name_given` text NOT NULL,
	`name_family` text NOT NULL,
	`riding` text,
	`province` text,
	`party` text,
	`start_date` text,
	`end_date` text,
	`member_id` integer,
	`source` text NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`member_id`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `roster_seats_roster_entry` ON `roster_seats` (`roster`,`entry`);--> statement-breakpoint
CREATE INDEX `roster_seats_family` ON `roster_seats` (`name_family`);--> statement-breakpoint
CREATE INDEX `roster_seats_person` ON `roster_seats` (`house_person_id`);--> statement-breakpoint
CREATE INDEX `roster_seats_member` ON `roster_seats` (`member_id`);