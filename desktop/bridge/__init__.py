"""The WhatsApp bridge: a Node.js process per company, its wire protocol, and its session state.

No Qt here: the engine runs under plain asyncio (tests, headless) and under qasync (GUI).
"""

from .node_runtime import (
    BridgeDependenciesMissingError,
    BridgeScriptMissingError,
    BridgeSetupError,
    NodeNotFoundError,
    NodeRuntime,
    NodeTooOldError,
    locate_runtime,
)
from .process import (
    BridgeCommandError,
    BridgeError,
    BridgeExitedError,
    BridgeLaunch,
    BridgeProcess,
    BridgeStartError,
    CommandTimeoutError,
    ProcessOutcome,
    ProtocolMismatchError,
    SimTimings,
)
from .protocol import (
    PROTOCOL_VERSION,
    BridgeLog,
    CommandResult,
    CredsSaved,
    Fatal,
    IncomingMessage,
    LidMapping,
    PairingCode,
    ProtocolErrorEvent,
    QrCode,
    Ready,
    Receipt,
    SimOutgoing,
    StateUpdate,
    WireError,
    decode_line,
    encode_command,
)
from .reasons import DisconnectCode, DisconnectExplanation, Reaction, explain_disconnect
from .session import CompanySession
from .states import (
    Action,
    ActionNotAvailableError,
    InvalidPhoneError,
    NotConnectedError,
    ReadKey,
    SendError,
    SendFailedError,
    SendRefusedError,
    SendTimeoutError,
    SentMessage,
    SessionEvent,
    SessionOptions,
    SessionState,
    SessionStatus,
    StateChanged,
    Transition,
    actions_for,
    explain_state,
)

__all__ = [name for name in dir() if not name.startswith("_")]
