-- CreateTable
CREATE TABLE "DataChangeBase" (
    "id" INTEGER NOT NULL,
    "n" BIGINT NOT NULL,

    CONSTRAINT "DataChangeBase_pkey" PRIMARY KEY ("id")
);

-- Hand-written: the one row the data version adds to count("DataChange").
INSERT INTO "DataChangeBase" ("id", "n") VALUES (1, 0);
