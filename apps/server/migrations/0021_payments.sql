-- Online payment of a dossier's fees (issue 6). The applicant pays what the back office asked
-- (`request_fee`) through a payment gateway speaking the VNPAY protocol 2.1.0; only the gateway's verified
-- server-to-server notification (IPN) settles a payment, and a paid one gets the receiving agency's next
-- receipt number of the year (biên lai điện tử).

-- The last receipt number of a year per receiving agency. Taken by an upsert whose row stays locked until
-- the payment's transaction ends (as dossier_day_sequences): no gaps, no duplicates.
create table payment_receipt_sequences (
  agency_id uuid not null references agencies (id),
  year smallint not null check (year between 2000 and 2999),
  last_number integer not null check (last_number >= 1),
  primary key (agency_id, year)
);

-- One attempt to pay a dossier's fee at the gateway.
create table payments (
  id uuid primary key default gen_random_uuid(),
  dossier_id uuid not null references dossiers (id) on delete restrict,
  -- the receiving agency: it collects the fee and numbers the receipts
  agency_id uuid not null references agencies (id),
  -- the fee as the back office asked it (the history line `request_fee`), in đồng
  amount bigint not null check (amount between 1 and 9999999999),
  purpose text not null check (length(purpose) between 1 and 1000),
  -- vnp_TxnRef: the reference sent to the gateway, which refuses one it has seen
  txn_ref text not null unique check (txn_ref ~ '^[A-Z0-9]{8,40}$'),
  status text not null default 'pending' check (status in ('pending', 'paid', 'failed', 'cancelled')),
  -- the account that started the payment, and the name the receipt is made out to (the dossier's applicant)
  payer_user_id uuid not null references users (id),
  payer_name text not null check (length(payer_name) between 1 and 300),
  -- paid at a test gateway (the sandbox): no money moved, the receipt says so
  sandbox boolean not null,
  created_at timestamptz not null default now(),
  -- vnp_ExpireDate: the gateway takes no payment after it
  expires_at timestamptz not null,
  -- from the verified notification: vnp_ResponseCode, vnp_TransactionNo, vnp_BankCode, vnp_CardType, vnp_PayDate
  response_code text check (length(response_code) <= 4),
  gateway_transaction_no text check (length(gateway_transaction_no) <= 40),
  bank_code text check (length(bank_code) <= 40),
  card_type text check (length(card_type) <= 40),
  paid_at timestamptz,
  notified_at timestamptz,
  -- the notification's parameters as received and verified (signature included), kept as evidence
  notification jsonb check (notification is null or jsonb_typeof(notification) = 'object'),
  -- a payment made: whether it settled the dossier's fee (false: the fee was settled before it arrived, by
  -- another payment or at the counter, and the money is to be refunded)
  settled_fee boolean,
  receipt_year smallint,
  receipt_number integer check (receipt_number >= 1),
  constraint payments_paid check (
    (status = 'paid') = (paid_at is not null and receipt_number is not null and settled_fee is not null)
  ),
  constraint payments_notified check ((status = 'pending') = (notified_at is null)),
  constraint payments_receipt unique (agency_id, receipt_year, receipt_number)
);
create index payments_dossier on payments (dossier_id, created_at);
