-- The xAPI version each API client speaks by default. Clients made before Cairn LRS spoke xAPI 2.0 were 1.0.3
-- clients; new clients get the version chosen when they are made (the newest unless told otherwise).
ALTER TABLE client ADD COLUMN xapi_version VARCHAR(16) NOT NULL DEFAULT '1.0.3';
