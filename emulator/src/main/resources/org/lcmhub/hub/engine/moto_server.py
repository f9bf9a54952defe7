"""moto's AWS emulation on one loopback port, serving one request at a time.

moto_server's default threaded server lets concurrent conditional writes and transactions
interleave; served on one thread they are atomic, as DynamoDB's are.
Prints "READY <port>" once listening. Exits when its standard input closes, so it never
outlives the hub that started it. Ctrl-C and SIGTERM sent to the whole process group are left
to the hub, which saves the data first and then closes our standard input.
"""
import os
import signal
import sys
import threading


def roll_back_only_touched_items():
    """moto backs up (deep-copies) every table a transaction names, so a write cost grew with the
    table: 17 ms on a fresh hub, 400 ms on 4,500 items. DynamoDB's rollback only concerns the
    items the transaction touches: keep a copy of each of those (or "absent") before moto runs it,
    let moto's own table backups be the live tables (its rollback then changes nothing), and put the
    copies back on failure. Served on one thread, no other request runs meanwhile."""
    import copy
    try:
        from moto.dynamodb import models
        from moto.dynamodb.models.dynamo_type import DynamoType
        from moto.dynamodb.models.table import Table
    except ImportError:
        return  # another moto layout: keep its own behaviour

    class LiveTables:
        """What moto's transaction code sees as `copy`: a table is "copied" as itself."""
        def __getattr__(self, name):
            return getattr(copy, name)

        def deepcopy(self, value, memo=None):
            if isinstance(value, Table):
                return value
            return copy.deepcopy(value, memo)

    models.copy = LiveTables()
    transact = models.DynamoDBBackend.transact_write_items

    def touched(backend, transact_items):
        seen = []
        for entry in transact_items:
            try:
                op_type, op = next(iter(entry.items()))
                table = backend.tables.get(op.get("TableName"))
                if table is None:
                    continue
                key = op["Item"] if op_type == "Put" else op["Key"]
                hash_key = DynamoType(key[table.hash_key_attr])
                range_key = DynamoType(key[table.range_key_attr]) if table.range_key_attr else None
            except Exception:  # a malformed operation changes nothing; moto reports it
                continue
            item = table.get_item(hash_key, range_key) if (range_key or not table.has_range_key) else None
            seen.append((table, hash_key, range_key, copy.deepcopy(item)))
        return seen

    def put_back(table, hash_key, range_key, item):
        indexed = table.__dict__.get("_hub_indexed")
        if indexed is not None:
            indexed.dirty.add((hash_key, range_key))
        if range_key is not None:
            if item is None:
                table.items.get(hash_key, {}).pop(range_key, None)
                if hash_key in table.items and not table.items[hash_key]:
                    del table.items[hash_key]
            else:
                table.items[hash_key][range_key] = item
        elif item is None:
            table.items.pop(hash_key, None)
        else:
            table.items[hash_key] = item

    def transact_write_items(self, transact_items):
        before = touched(self, transact_items)
        streams = {id(t): (t, len(t.stream_shard.items)) for t, _, _, _ in before if t.stream_shard is not None}
        try:
            return transact(self, transact_items)
        except Exception:
            for table, hash_key, range_key, item in reversed(before):
                put_back(table, hash_key, range_key, item)
            for table, length in streams.values():
                del table.stream_shard.items[length:]
            raise

    models.DynamoDBBackend.transact_write_items = transact_write_items


def forget_used_iterators():
    """moto keeps every shard iterator it hands out; the hub's stream poller asks for the next
    batch every 100 ms, each answer with a new iterator, so they would pile up for as long as the
    hub runs. An iterator is dropped once its records were read (the poller never reads one twice)."""
    from moto.dynamodbstreams.models import DynamoDBStreamsBackend

    def get_records(self, iterator_arn, limit):
        return self.shard_iterators.pop(iterator_arn).get(limit)

    DynamoDBStreamsBackend.get_records = get_records


def idempotent_transactions():
    """DynamoDB answers a TransactWriteItems repeated with the same ClientRequestToken (within ten
    minutes) as the original, without applying it again; moto ignores the token. The functions send
    one per transaction, so an SDK retry after a lost answer must not meet its own committed write
    (a new sign-up answered "already signed up"). Same token, other items: DynamoDB refuses it."""
    import hashlib
    import json
    import time
    try:
        from moto.dynamodb import responses
        from moto.dynamodb.exceptions import DynamodbException
    except ImportError:
        return

    class Mismatch(DynamodbException):
        def __init__(self):
            super().__init__("IdempotentParameterMismatchException",
                             "The request uses the same client token as a previous, but non-identical request.")

    handler = responses.DynamoHandler.transact_write_items
    answered = {}  # token -> (digest of the items, answer, when)
    window = 600.0

    def transact_write_items(self):
        token = self.body.get("ClientRequestToken")
        if not token:
            return handler(self)
        # Binary attributes (images) are bytes here: hashed in their base64 wire form.
        digest = hashlib.sha256(json.dumps(self.body.get("TransactItems"), sort_keys=True, default=wire)
                                .encode()).hexdigest()
        now = time.monotonic()
        for old in [t for t, (_, _, when) in answered.items() if now - when > window]:
            del answered[old]
        if token in answered:
            if answered[token][0] != digest:
                raise Mismatch()
            return answered[token][1]
        answer = handler(self)  # a cancelled transaction raises: not remembered, as DynamoDB does
        answered[token] = (digest, answer, now)
        return answer

    responses.DynamoHandler.transact_write_items = transact_write_items


def query_within_the_partition():
    """moto's Query takes its candidates from Table.all_items(): every item of the table, sorted
    by its keys (about a second for one cohort of 2,000 learners x 12 weeks), and then keeps those
    of the partition asked. Here a Query's candidates are only its partition's items: a table's
    own partition, or for a global index the items holding that partition value, from an index
    kept per table (`IndexedKeys`). moto still checks every candidate's keys, sorts and pages
    them as before, so the index only needs to hold at least the right items. Scan keeps the
    sorted order its pages rely on. Requests are served one at a time, so the method shadowed on
    the table for the length of one Query is seen by nothing else."""
    import bisect
    import inspect
    try:
        from moto.dynamodb.models import DynamoDBBackend
        from moto.dynamodb.models.dynamo_type import DynamoType
        from moto.dynamodb.models.table import Table
    except ImportError:
        return  # another moto layout: keep its own behaviour

    query = Table.query
    put_item = Table.put_item
    delete_item = Table.delete_item
    update_item = DynamoDBBackend.update_item

    def changed(table, hash_key, range_key):
        keys = table.__dict__.get("_hub_indexed")
        if keys is not None:
            keys.dirty.add((hash_key, range_key))

    def put(self, *args, **kwargs):
        item = put_item(self, *args, **kwargs)
        changed(self, item.hash_key, item.range_key)
        return item

    def delete(self, hash_key, range_key=None, *args, **kwargs):
        try:
            return delete_item(self, hash_key, range_key, *args, **kwargs)
        finally:
            changed(self, hash_key, range_key)

    def update(self, table_name, key, *args, **kwargs):
        # The item is changed in place: its key is noted whether or not the update went through.
        try:
            return update_item(self, table_name, key, *args, **kwargs)
        finally:
            table = self.tables.get(table_name)
            if table is not None and isinstance(key, dict) and table.hash_key_attr in key:
                range_value = key.get(table.range_key_attr) if table.range_key_attr else None
                changed(table, DynamoType(key[table.hash_key_attr]),
                        DynamoType(range_value) if range_value is not None else None)

    def partition(self, hash_key):
        found = self.items.get(hash_key)
        if found is None:
            return []
        return list(found.values()) if self.range_key_attr else [found]

    signature = inspect.signature(query)

    def fast_query(self, *args, **kwargs):
        asked = signature.bind(self, *args, **kwargs).arguments
        index_name, hash_key = asked.get("index_name"), asked.get("hash_key")
        if index_name is None and hash_key is not None:
            candidates = partition(self, hash_key)
        else:
            indexed = IndexedKeys.of(self)
            candidates = indexed.candidates(index_name, asked.get("hash_key_conditions"))
            if candidates is not None and indexed.ranges.get(index_name) and self.range_key_attr \
                    and not asked.get("kwargs") and len(asked.get("range_key_conditions") or []) <= 1:
                candidates = one_page(self, indexed, index_name, asked)
        if candidates is None:  # a local index, or several partition attributes: every item
            candidates = list(every_item(self))
        self.all_items = lambda: candidates
        try:
            return query(self, *args, **kwargs)
        finally:
            del self.all_items

    def one_page(self, indexed, index_name, asked):
        """The candidates of one page, in moto's order: from the start key on (found by halving,
        with moto's own comparison), and as many as moto's loop looks at before it stops (those of
        the page, and one more, which makes it answer LastEvaluatedKey)."""
        index_hash, index_range = indexed.names[index_name], indexed.ranges[index_name]
        hash_attrs, range_attrs = [index_hash, self.hash_key_attr], [index_range, self.range_key_attr]
        ordered = indexed.ordered(index_name, asked["hash_key_conditions"][0][1])
        forward = asked.get("scan_index_forward")
        if forward is False:
            ordered = ordered[::-1]
        start = asked.get("exclusive_start_key")
        if start:
            at = bisect.bisect_left(range(len(ordered)), True, key=lambda i: not self._item_comes_before_dct(
                ordered[i], start, hash_attrs, range_attrs, forward))
            ordered = ordered[at:]
        limit = asked.get("limit")
        if not limit:
            return ordered
        comparison, objs = asked.get("range_comparison"), asked.get("range_objs")
        page, matched = [], 0
        for item in ordered:
            page.append(item)
            if matched == limit:
                break
            if not comparison or item.attrs[index_range].compare(comparison, objs):
                matched += 1
        return page

    Table.put_item = put
    Table.delete_item = delete
    DynamoDBBackend.update_item = update
    Table.query = fast_query


import bisect


class IndexedKeys:
    """For each global index with one partition attribute: its partition values, each with the
    keys of the items that held it. Built from the whole table on its first Query; then every
    write names the key it changed (`dirty`: puts, deletes, updates, a cancelled transaction's
    items put back) and the next Query files those keys under their items' current values. A key
    whose item no longer holds the value is dropped when met, so nothing is ever missed and
    nothing stale survives a second Query."""

    def __init__(self, table):
        self.table = table
        self.dirty = set()
        self.names = self.indexed_names()
        self.ranges = {}
        for index in table.global_indexes:
            ranges = [k["AttributeName"] for k in index.schema if k["KeyType"] == "RANGE"]
            self.ranges[index.name] = ranges[0] if len(ranges) == 1 else None
        self.by_index = {name: {} for name in self.names}  # name -> value -> key -> its sort value
        self.orders = {}  # (name, value) -> its keys in moto's order, until a key leaves
        self.moved = {}  # (name, value) -> keys written since, to be put in their place in the order
        for item in every_item(table):
            self.file(item)

    @staticmethod
    def of(table):
        keys = table.__dict__.get("_hub_indexed")
        if keys is None or keys.names != keys.indexed_names():
            keys = IndexedKeys(table)
            table._hub_indexed = keys
        return keys

    def indexed_names(self):
        names = {}
        for index in self.table.global_indexes:
            hashes = [k["AttributeName"] for k in index.schema if k["KeyType"] == "HASH"]
            if len(hashes) == 1:
                names[index.name] = hashes[0]
        return names

    def file(self, item):
        key = (item.hash_key, item.range_key)
        for name, attr in self.names.items():
            value = item.attrs.get(attr)
            if value is not None:
                bucket = self.by_index[name].setdefault(value, {})
                sort = plain(item.attrs.get(self.ranges.get(name)) if self.ranges.get(name) else None)
                if key not in bucket or bucket[key] != sort:
                    bucket[key] = sort
                    if (name, value) in self.orders:  # put in its place later: a sign-up is not a sort
                        self.moved.setdefault((name, value), set()).add(key)

    def candidates(self, index_name, hash_key_conditions):
        attr = self.names.get(index_name)
        if attr is None or not hash_key_conditions or len(hash_key_conditions) != 1 \
                or hash_key_conditions[0][0] != attr:
            return None
        if self.dirty:
            dirty, self.dirty = self.dirty, set()
            for hash_key, range_key in dirty:
                item = self.table_item(hash_key, range_key)
                if item is not None:
                    self.file(item)
        value = hash_key_conditions[0][1]
        keys = self.by_index[index_name].get(value, {})
        found = []
        for key in list(keys):
            item = self.table_item(*key)
            held = None if item is None else item.attrs.get(attr)
            if held is None or held != value:
                del keys[key]  # deleted, or moved to another value (filed there when it moved)
                self.orders.pop((index_name, value), None)
                self.moved.pop((index_name, value), None)
            else:
                found.append(item)
        if not keys:
            self.by_index[index_name].pop(value, None)
        return found

    def ordered(self, index_name, value):
        """The items of a partition that hold the index's sort attribute (moto leaves out the
        others), in moto's order (its sort attributes: the index's, then the table's keys), sorted
        once and then kept: a write files its key in place, one that leaves the partition has it
        sorted again (see `candidates`, which drops what left)."""
        attr = self.ranges[index_name]
        order = self.orders.get((index_name, value))
        if order is None:
            keys = self.by_index[index_name].get(value, {})
            order = sorted((k for k in keys if (self.table_item(*k) or EMPTY).attrs.get(attr)),
                           key=lambda k: self.sort_key(index_name, k))
            self.orders[(index_name, value)] = order
        for key in self.moved.pop((index_name, value), ()):
            if key in order:
                order.remove(key)
            if (self.table_item(*key) or EMPTY).attrs.get(attr):
                bisect.insort(order, key, key=lambda k: self.sort_key(index_name, k))
        return [self.table_item(*k) for k in order]

    def sort_key(self, index_name, key):
        attrs = self.table._generate_attr_to_sort_by([self.names[index_name], self.table.hash_key_attr],
                                                     [self.ranges[index_name], self.table.range_key_attr])
        item = self.table_item(*key)
        return tuple(item.attrs[a] for a in attrs)

    def table_item(self, hash_key, range_key):
        found = self.table.items.get(hash_key)
        if found is None or not self.table.range_key_attr:
            return found
        return found.get(range_key)


class EMPTY:
    attrs = {}


def plain(value):
    """A key attribute's value, comparable with == whatever its type (None: absent)."""
    return None if value is None else (value.type, str(value.value))


def every_item(table):
    """Every item of a table, unsorted."""
    for hash_set in table.items.values():
        if table.range_key_attr:
            yield from hash_set.values()
        else:
            yield hash_set


def serialize_items_directly():
    """moto serialises each attribute of each item it answers through botocore's shapes (about
    10 ms an item), which made reading a large cohort take minutes. Those items are already in
    DynamoDB's wire form ({type: value}): the rest of the answer goes through moto's serialiser as
    before, the items (a Query's or Scan's Items, a BatchGetItem's Responses, a GetItem's Item)
    are written as they are, binaries in base64 as the serialiser would."""
    import json
    try:
        from moto.dynamodb.responses import DynamoResult
    except ImportError:
        return  # another moto layout: keep its own behaviour

    execute = DynamoResult.execute_result

    def without_items(operation, result):
        if operation in ("Query", "Scan") and isinstance(result.get("Items"), list):
            return "Items", dict(result, Items=[])
        if operation == "BatchGetItem" and isinstance(result.get("Responses"), dict):
            return "Responses", dict(result, Responses={table: [] for table in result["Responses"]})
        if operation == "GetItem" and isinstance(result.get("Item"), dict):
            return "Item", {k: v for k, v in result.items() if k != "Item"}
        return None, None

    def execute_result(self, context):
        result = self.result
        field, rest = (None, None) if not isinstance(result, dict) \
            else without_items(context.operation_model.name, result)
        if field is None:
            return execute(self, context)
        self._result = rest
        try:
            status, headers, body = execute(self, context)
        finally:
            self._result = result
        answer = json.loads(body)
        answer[field] = wire(result[field])
        return status, headers, json.dumps(answer)

    DynamoResult.execute_result = execute_result


ITEM_WRITES = {"PutItem", "UpdateItem", "DeleteItem", "BatchWriteItem", "TransactWriteItems",
               "ExecuteStatement", "BatchExecuteStatement", "ExecuteTransaction"}
SCHEMA_WRITES = {"CreateTable", "UpdateTable", "DeleteTable", "UpdateTimeToLive", "TagResource",
                 "UntagResource", "UpdateContinuousBackups"}
SNAPSHOT_EVERY = int(os.environ.get("HUB_SNAPSHOT_EVERY", "20000"))


class DurableStore:
    """Makes the engine's DynamoDB data outlive it, in DATA_DIR:

    - journal.jsonl: every DynamoDB request that changed something, appended and fsync'ed before
      its answer leaves (so an acknowledged write survives a kill -9 of the hub or the engine);
    - snapshot.jsonl: the tables as they were after journal entry `seq` (a header line, then one
      item a line), written to a temporary file, fsync'ed, then renamed over the last one; after
      it the journal starts again. A snapshot is taken every SNAPSHOT_EVERY writes, and when the
      hub asks (POST /_hub/snapshot: on a clean stop), so a start replays few journal entries.

    On start: the snapshot's schema requests and items, then the journal entries after its seq.
    A last journal line cut short by a crash was never acknowledged and is ignored."""

    def __init__(self, app, data_dir, fresh):
        self.app = app
        self.dir = data_dir
        self.journal_path = os.path.join(data_dir, "journal.jsonl")
        self.snapshot_path = os.path.join(data_dir, "snapshot.jsonl")
        os.makedirs(data_dir, exist_ok=True)
        if fresh:
            for path in (self.journal_path, self.snapshot_path):
                if os.path.exists(path):
                    os.remove(path)
        self.seq = 0
        self.since_snapshot = 0
        self.schema = []      # the schema requests that rebuild the tables, in order
        self.regions = set()
        self.journal = None

    # --- start-up -------------------------------------------------------------------------
    def load(self):
        import json
        import time
        started = time.monotonic()
        items = replayed = 0
        if os.path.exists(self.snapshot_path):
            with open(self.snapshot_path, encoding="utf-8") as f:
                header = json.loads(f.readline())
                self.seq = header["seq"]
                for entry in header["schema"]:
                    self.apply(entry)
                    self.remember_schema(entry)
                tables = {}
                for line in f:
                    record = json.loads(line)
                    key = (record["region"], record["table"])
                    if key not in tables:
                        tables[key] = self.backend(record["region"]).get_table(record["table"])
                    tables[key].put_item(record["item"])
                    items += 1
        if os.path.exists(self.journal_path):
            with open(self.journal_path, encoding="utf-8") as f:
                for line in f:
                    try:
                        entry = json.loads(line)
                    except ValueError:
                        break  # cut short by a crash: never acknowledged
                    if entry["seq"] <= self.seq:
                        continue
                    self.apply(entry)
                    self.remember_schema(entry)
                    self.seq = entry["seq"]
                    replayed += 1
        self.since_snapshot = replayed
        self.open_journal(truncate=False)
        print("DATA %d items from the snapshot, %d journal entries replayed in %.1f s"
              % (items, replayed, time.monotonic() - started), flush=True)

    def backend(self, region):
        from moto.core import DEFAULT_ACCOUNT_ID
        from moto.dynamodb.models import dynamodb_backends
        self.regions.add(region)
        return dynamodb_backends[DEFAULT_ACCOUNT_ID][region]

    def apply(self, entry):
        from werkzeug.test import EnvironBuilder
        headers = {
            "X-Amz-Target": entry["target"],
            "Content-Type": "application/x-amz-json-1.0",
            "Authorization": "AWS4-HMAC-SHA256 Credential=local/20200101/%s/dynamodb/aws4_request, "
                             "SignedHeaders=host, Signature=0" % entry["region"],
        }
        environ = EnvironBuilder(path="/", method="POST", base_url="http://127.0.0.1/", headers=headers,
                                 data=entry["body"].encode("utf-8")).get_environ()
        status = []
        b"".join(self.app(environ, lambda s, h, e=None: status.append(s)))
        self.backend(entry["region"])
        if not status or not status[0].startswith("2"):
            print("WARNING journal entry %s (%s) did not apply again: %s"
                  % (entry["seq"], entry["target"], status), flush=True)

    def remember_schema(self, entry):
        import json
        op = entry["target"].rpartition(".")[2]
        if op not in SCHEMA_WRITES:
            return
        if op == "DeleteTable":
            name = json.loads(entry["body"]).get("TableName")
            self.schema = [e for e in self.schema
                           if not (e["region"] == entry["region"] and json.loads(e["body"]).get("TableName") == name)]
        else:
            self.schema.append({k: entry[k] for k in ("region", "target", "body")})

    # --- serving --------------------------------------------------------------------------
    def open_journal(self, truncate):
        if self.journal is not None:
            self.journal.close()
        if truncate:
            tmp = self.journal_path + ".tmp"
            with open(tmp, "w", encoding="utf-8") as f:
                f.flush()
                os.fsync(f.fileno())
            os.replace(tmp, self.journal_path)
        self.journal = open(self.journal_path, "a", encoding="utf-8")
        self.sync_dir()

    def sync_dir(self):
        fd = os.open(self.dir, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)

    def record(self, region, target, body):
        import json
        self.seq += 1
        entry = {"seq": self.seq, "region": region, "target": target, "body": body}
        self.journal.write(json.dumps(entry, separators=(",", ":")) + "\n")
        self.journal.flush()
        os.fsync(self.journal.fileno())
        self.backend(region)
        self.remember_schema(entry)
        self.since_snapshot += 1

    def snapshot(self):
        import json
        tmp = self.snapshot_path + ".tmp"
        count = 0
        with open(tmp, "w", encoding="utf-8") as f:
            f.write(json.dumps({"format": 1, "seq": self.seq, "schema": self.schema}) + "\n")
            for region in sorted(self.regions):
                for name, table in self.backend(region).tables.items():
                    for item in table.all_items():
                        f.write(json.dumps({"region": region, "table": name,
                                            "item": wire(item.to_json()["Attributes"])},
                                           separators=(",", ":")) + "\n")
                        count += 1
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, self.snapshot_path)
        self.sync_dir()
        # Entries up to self.seq are in the snapshot: should we stop before the journal is
        # emptied, the next start skips them by their seq.
        self.open_journal(truncate=True)
        self.since_snapshot = 0
        return count

    def __call__(self, environ, start_response):
        import json
        import re
        path = environ.get("PATH_INFO", "")
        if path.startswith("/_hub/"):
            return self.control(path, environ, start_response)
        target = environ.get("HTTP_X_AMZ_TARGET", "")
        operation = target.rpartition(".")[2] if target.startswith("DynamoDB_") else ""
        if operation not in ITEM_WRITES and operation not in SCHEMA_WRITES:
            return self.app(environ, start_response)
        from werkzeug.wrappers import Request
        body = Request(environ).get_data()
        environ["wsgi.input"] = __import__("io").BytesIO(body)
        environ["CONTENT_LENGTH"] = str(len(body))
        environ.pop("HTTP_TRANSFER_ENCODING", None)
        answer = {}

        def capture(status, headers, exc_info=None):
            answer["status"], answer["headers"] = status, headers
            return lambda data: None

        chunks = b"".join(self.app(environ, capture))
        if answer.get("status", "").startswith("2"):
            match = re.search(r"Credential=[^/]*/[^/]*/([^/]+)/", environ.get("HTTP_AUTHORIZATION", ""))
            self.record(match.group(1) if match else "us-east-1", target, body.decode("utf-8"))
        start_response(answer["status"], answer["headers"])
        return AfterAnswer([chunks], self)

    def control(self, path, environ, start_response):
        import json
        if path == "/_hub/ping":
            body = b"ok"
        elif path == "/_hub/snapshot" and environ.get("REQUEST_METHOD") == "POST":
            body = json.dumps({"items": self.snapshot(), "seq": self.seq}).encode()
        else:
            start_response("404 Not Found", [("Content-Type", "text/plain")])
            return [b"not found"]
        start_response("200 OK", [("Content-Type", "application/json"), ("Content-Length", str(len(body)))])
        return [body]


class AfterAnswer(list):
    """The answer's body; once it is sent, the store takes its periodic snapshot if one is due."""

    def __init__(self, chunks, store):
        super().__init__(chunks)
        self.store = store

    def close(self):
        if self.store.since_snapshot >= SNAPSHOT_EVERY:
            self.store.snapshot()


def wire(value):
    """An item as moto holds it, in DynamoDB's wire form: binaries in base64."""
    import base64
    if isinstance(value, (bytes, bytearray)):
        return base64.b64encode(value).decode("ascii")
    if isinstance(value, dict):
        return {k: wire(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set)):
        return [wire(v) for v in value]
    if hasattr(value, "to_json"):
        return wire(value.to_json())
    return value


def main():
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    from moto.moto_server.werkzeug_app import DomainDispatcherApplication, create_backend_app
    from werkzeug.serving import WSGIRequestHandler, make_server

    class QuietHandler(WSGIRequestHandler):
        def log_request(self, *args, **kwargs):
            pass

    roll_back_only_touched_items()
    idempotent_transactions()
    forget_used_iterators()
    serialize_items_directly()
    query_within_the_partition()
    args = sys.argv[1:]
    port = int(args[0]) if args else 0
    data_dir = args[args.index("--data") + 1] if "--data" in args else None
    app = DomainDispatcherApplication(create_backend_app)
    if data_dir is not None:
        store = DurableStore(app, data_dir, "--fresh" in args)
        store.load()
        app = store
    server = make_server("127.0.0.1", port, app, threaded=False, processes=1,
                         request_handler=QuietHandler)

    def exit_with_parent():
        sys.stdin.read()
        os._exit(0)

    threading.Thread(target=exit_with_parent, daemon=True).start()
    print("READY %d" % server.server_port, flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
