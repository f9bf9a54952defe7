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


def backup_each_table_once():
    """moto backs a table up (a deep copy) for every item of a transaction, so a five-item
    transaction copies the whole table five times. One copy per table and transaction restores
    the same state on failure; served on one thread, no other request runs meanwhile."""
    import copy
    try:
        from moto.dynamodb import models
        from moto.dynamodb.models.table import Table
    except ImportError:
        return  # another moto layout: keep its own behaviour

    class CopyOncePerTransaction:
        backups = None

        def __getattr__(self, name):
            return getattr(copy, name)

        def deepcopy(self, value, memo=None):
            if self.backups is None or memo is not None or not isinstance(value, Table):
                return copy.deepcopy(value, memo)
            if id(value) not in self.backups:
                self.backups[id(value)] = copy.deepcopy(value)
            return self.backups[id(value)]

    shim = CopyOncePerTransaction()
    models.copy = shim
    transact = models.DynamoDBBackend.transact_write_items

    def transact_write_items(self, transact_items):
        shim.backups = {}
        try:
            return transact(self, transact_items)
        finally:
            shim.backups = None

    models.DynamoDBBackend.transact_write_items = transact_write_items


def serialize_items_directly():
    """moto serialises each attribute of each item of a Query or Scan through botocore's shapes
    (about 10 ms an item), which made reading a large cohort take minutes. Those items are already
    in DynamoDB's wire form ({type: value}): the rest of the answer goes through moto's serialiser
    as before, the items are written as they are, binaries in base64 as the serialiser would."""
    import base64
    import json
    try:
        from moto.dynamodb.responses import DynamoResult
    except ImportError:
        return  # another moto layout: keep its own behaviour

    def wire(value):
        if isinstance(value, (bytes, bytearray)):
            return base64.b64encode(value).decode("ascii")
        if isinstance(value, dict):
            return {k: wire(v) for k, v in value.items()}
        if isinstance(value, (list, tuple, set)):
            return [wire(v) for v in value]
        return value

    execute = DynamoResult.execute_result

    def execute_result(self, context):
        result = self.result
        if (not isinstance(result, dict) or not isinstance(result.get("Items"), list)
                or context.operation_model.name not in ("Query", "Scan")):
            return execute(self, context)
        self._result = dict(result, Items=[])
        try:
            status, headers, body = execute(self, context)
        finally:
            self._result = result
        answer = json.loads(body)
        answer["Items"] = wire(result["Items"])
        return status, headers, json.dumps(answer)

    DynamoResult.execute_result = execute_result


def main():
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    from moto.moto_server.werkzeug_app import DomainDispatcherApplication, create_backend_app
    from werkzeug.serving import WSGIRequestHandler, make_server

    class QuietHandler(WSGIRequestHandler):
        def log_request(self, *args, **kwargs):
            pass

    backup_each_table_once()
    serialize_items_directly()
    port = int(sys.argv[1]) if len(sys.argv) > 1 else 0
    app = DomainDispatcherApplication(create_backend_app)
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
