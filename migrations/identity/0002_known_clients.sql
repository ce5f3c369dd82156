CREATE TABLE `known_clients` (
	`key` text PRIMARY KEY NOT NULL,
	`last_signed_in_at` text NOT NULL
);
--> statement-breakpoint
-- An account row's lock meant 5 failures in 15 minutes; it now means the account's budget is spent, so no old lock carries over.
UPDATE `login_throttles` SET `locked_until` = NULL WHERE `scope` = 'account';
