// SPDX-License-Identifier: GPL-3.0-or-later
#include "scriptparser.h"

#include <QJsonArray>

#include <algorithm>
#include <array>

using namespace Qt::Literals::StringLiterals;

namespace Copyline
{

namespace
{

struct Form
{
    const char* keywords; /**< lower-case keywords, in order, as written in the statement */
    const char* command;
    const char* usage;
};

// Every statement form. The command names are the engine's command API; the GUI submits the same commands.
constexpr std::array kForms {
    Form {"show storagesubsystem", "showStorageSubsystem", "show storageSubsystem [profile];"},
    Form {"show storagesubsystem profile", "showStorageSubsystem", nullptr},
    Form {"show storagesubsystem features", "showFeatures", "show storageSubsystem features;"},
    Form {"show storagesubsystem hosttopology", "showHostTopology", "show storageSubsystem hostTopology;"},
    Form {"show storagesubsystem lunmappings", "showLunMappings", "show storageSubsystem lunMappings;"},
    Form {"show storagesubsystem events", "getEvents", "show storageSubsystem events [count=N];"},
    Form {"show allstoragesubsystems", "listSubsystems", "show allStorageSubsystems;"},
    Form {"set storagesubsystem", "setStorageSubsystem",
        "set storageSubsystem [userLabel=\"name\"] [copyBandwidth=200 MB] [latencyBound=ms];   (copyBandwidth: "
        "simulation, 0 = unlimited; latencyBound: copies slow down while host writes take longer, 0 = fixed rate)"},
    Form {"create storagesubsystem", "createStorageSubsystem",
        "create storageSubsystem userLabel=\"name\" [model=DS4800] [enclosures=2] [driveCapacity=68 GB] "
        "[driveType=(fibre|sata)];   (simulation)"},
    Form {"enable storagesubsystem feature", "enableFeature", "enable storageSubsystem feature file=\"key file\";"},
    Form {"disable storagesubsystem", "disableFeature",
        "disable storageSubsystem feature=(flashCopy|volumeCopy|remoteMirror);"},
    Form {"save storagesubsystem featurekey", "saveFeatureKey",
        "save storageSubsystem featureKey feature=(flashCopy|volumeCopy|remoteMirror) file=\"path\";   (simulation)"},
    Form {"create array", "createArray", "create array drives=(e,s e,s ...) raidLevel=(0|1|3|5);"},
    Form {"delete array", "deleteArray", "delete array [N];"},
    Form {"show allarrays", "showAllArrays", "show allArrays;"},
    Form {"show array", "showArray", "show array [N];"},
    Form {"show alldrives", "showAllDrives", "show allDrives;"},
    Form {"show drive", "showDrive", "show drive [e,s];"},
    Form {"set drive", "setDrive", "set drive [e,s] hotSpare=(TRUE|FALSE);"},
    Form {"create logicaldrive", "createLogicalDrive",
        "create logicalDrive (array=N | drives=(e,s ...) raidLevel=L) userLabel=\"name\" [capacity=2 GB] "
        "[owner=(a|b)];"},
    Form {"set logicaldrive", "setLogicalDrive",
        "set logicalDrive [\"name\"] [userLabel=\"new\"] [addCapacity=1 GB] [owner=(a|b)] "
        "[modificationPriority=(lowest|low|medium|high|highest)] "
        "[logicalUnitNumber=N (host=\"h\" | hostGroup=(\"g\" | defaultGroup))] "
        "[warningThresholdPercent=N] [repositoryFullPolicy=(failFlashCopy|failBaseWrites)];"},
    Form {"reserve logicaldrive", "reserveLogicalDrive",
        "reserve logicalDrive [\"name\"] host=\"h\" [type=(persistent|legacy)];   (simulated host reservation)"},
    Form {"show logicaldrive reservations", "showReservations", "show logicalDrive [\"name\" ...] reservations;"},
    Form {"show logicaldrives reservations", "showReservations", nullptr},
    Form {"show alllogicaldrives reservations", "showReservations", "show allLogicalDrives reservations;"},
    Form {"clear logicaldrive reservations", "clearReservations", "clear logicalDrive [\"name\" ...] reservations;"},
    Form {"clear logicaldrives reservations", "clearReservations", nullptr},
    Form {"clear alllogicaldrives reservations", "clearReservations", "clear allLogicalDrives reservations;"},
    Form {"download storagesubsystem firmware", "downloadFirmware",
        "download storageSubsystem firmware level=\"NN.NN.NN.NN\";   (simulation: the level stands for the file)"},
    Form {"delete logicaldrive", "deleteLogicalDrive", "delete logicalDrive [\"name\" ...];"},
    Form {"delete logicaldrives", "deleteLogicalDrive", nullptr},
    Form {"show alllogicaldrives", "showAllLogicalDrives", "show allLogicalDrives;"},
    Form {"show logicaldrive", "showLogicalDrive", "show logicalDrive [\"name\" ...];"},
    Form {"show logicaldrives", "showLogicalDrive", nullptr},
    Form {"show logicaldrive actionprogress", "showLogicalDriveActionProgress",
        "show logicalDrive [\"name\"] actionProgress;"},
    Form {"show logicaldrive checksum", "checksumLogicalDrive",
        "show logicalDrive [\"name\"] checksum [offset=bytes] [length=bytes];"},
    Form {"write logicaldrive", "writeLogicalDrive",
        "write logicalDrive [\"name\"] offset=bytes length=bytes seed=N;   (simulated host write)"},
    Form {"remove logicaldrive lunmapping", "removeLunMapping",
        "remove logicalDrive [\"name\"] lunMapping [host=\"h\" | hostGroup=\"g\"];"},
    Form {"create flashcopylogicaldrive", "createFlashCopy",
        "create FlashCopyLogicalDrive baseLogicalDrive=\"base\" [userLabel=\"name\"] [repositoryUserLabel=\"name\"] "
        "[repositoryPercentOfBase=20] [warningThresholdPercent=50] "
        "[repositoryFullPolicy=(failFlashCopy|failBaseWrites)] "
        "[freeCapacityArea=N | repositoryRAIDLevel=L repositoryDrives=(e,s ...)] [mapping=(automatic|later)];"},
    Form {"disableflashcopy logicaldrive", "disableFlashCopy", "disableFlashCopy logicalDrive [\"name\"];"},
    Form {"recreateflashcopy logicaldrive", "recreateFlashCopy",
        "recreateFlashCopy logicalDrive [\"name\"] [warningThresholdPercent=N] [repositoryFullPolicy=..];"},
    Form {"re-create flashcopy logicaldrive", "recreateFlashCopy", nullptr},
    Form {"create volumecopy", "createVolumeCopy",
        "create volumeCopy source=\"source\" target=\"target\" [copyPriority=(lowest|low|medium|high|highest)] "
        "[targetReadOnlyEnabled=(TRUE|FALSE)];"},
    Form {"recopy volumecopy", "recopyVolumeCopy",
        "recopy volumeCopy target [\"target\"] [source [\"source\"]] [copyPriority=..] [targetReadOnlyEnabled=..];"},
    Form {"check volumecopy", "checkVolumeCopy",
        "check volumeCopy target [\"target\"] [source [\"source\"]] [repair=(TRUE|FALSE)];   (online verification "
        "of a completed copy)"},
    Form {"stop volumecopy", "stopVolumeCopy", "stop volumeCopy target [\"target\"] [source [\"source\"]];"},
    Form {"remove volumecopy", "removeVolumeCopy", "remove volumeCopy target [\"target\"] [source [\"source\"]];"},
    Form {"set volumecopy", "setVolumeCopy",
        "set volumeCopy target [\"target\"] [source [\"source\"]] [copyPriority=..] [targetReadOnlyEnabled=..];"},
    Form {"show volumecopy", "showVolumeCopy",
        "show volumeCopy (allLogicalDrives | source [\"source\"] | target [\"target\"]);"},
    Form {"show volumecopy alllogicaldrives", "showVolumeCopy", nullptr},
    Form {"show volumecopy sourcecandidates", "showVolumeCopySourceCandidates", "show volumeCopy sourceCandidates;"},
    Form {"show volumecopy targetcandidates", "showVolumeCopyTargetCandidates",
        "show volumeCopy source [\"source\"] targetCandidates;"},
    Form {"inject logicaldrive", "injectFault",
        "inject logicalDrive [\"name\"] fault=(readError|writeError|none);   (simulation)"},
    Form {"show hostioserver", "showHostIoServer", "show hostIoServer;   (NBD exports of the LUN mappings)"},
    Form {"set hostioserver", "setHostIoServer",
        "set hostIoServer [port=10809] [address=\"127.0.0.1\"] [enabled=(TRUE|FALSE)];   (port=0: any free port)"},
    Form {"start hostworkload", "startHostWorkload",
        "start hostWorkload host=\"h\" [readPercent=30] [blockSize=64 KB] [rate=8 MB] [pattern=(random|sequential)];"
        "   (simulated host I/O; rate=0: unpaced)"},
    Form {"pause hostworkload", "pauseHostWorkload", "pause hostWorkload host=\"h\";"},
    Form {"resume hostworkload", "resumeHostWorkload", "resume hostWorkload host=\"h\";"},
    Form {"stop hostworkload", "stopHostWorkload", "stop hostWorkload host=\"h\";"},
    Form {"show hostworkloads", "showHostWorkloads", "show hostWorkloads;"},
    Form {"activate storagesubsystem", "activateRemoteMirror",
        "activate storageSubsystem feature=remoteMirror [freeCapacityArea=N | repositoryRAIDLevel=L "
        "repositoryDrives=(e,s ...)];"},
    Form {"deactivate storagesubsystem", "deactivateRemoteMirror", "deactivate storageSubsystem feature=remoteMirror;"},
    Form {"create remotemirror", "createRemoteMirror",
        "create remoteMirror primary=\"p\" secondary=\"s\" remoteStorageSubsystemName=\"rss\" "
        "[syncPriority=(lowest|low|medium|high|highest)] [autoResync=(enabled|disabled)] "
        "[writeMode=(synchronous|asynchronous)] [writeOrder=(preserved|notPreserved)];"},
    Form {"set remotemirror", "setRemoteMirror",
        "set remoteMirror (localLogicalDrive [\"ld\"] | localLogicalDrives [\"a\" \"b\"]) [role=(primary|secondary)] "
        "[force=(TRUE|FALSE)] [syncPriority=..] [autoResync=..] [writeMode=..] [writeOrder=..];"},
    Form {"suspend remotemirror", "suspendRemoteMirror",
        "suspend remoteMirror (primary [\"p\"] | primaries [\"a\" \"b\"]) [writeConsistency=(TRUE|FALSE)];"},
    Form {"resume remotemirror", "resumeRemoteMirror",
        "resume remoteMirror (primary [\"p\"] | primaries [\"a\" \"b\"]) [writeConsistency=(TRUE|FALSE)];"},
    Form {"remove remotemirror", "removeRemoteMirror",
        "remove remoteMirror (localLogicalDrive [\"ld\"] | localLogicalDrives [\"a\" \"b\"]);"},
    Form {"diagnose remotemirror", "diagnoseRemoteMirror",
        "diagnose remoteMirror (primary [\"p\"] | localLogicalDrive [\"ld\"]) testID=connectivity;"},
    Form {"check remotemirror", "checkRemoteMirror",
        "check remoteMirror localLogicalDrive [\"ld\"] [repair=(TRUE|FALSE)];   (online verification of a primary)"},
    Form {"show remotemirror candidates", "showRemoteMirrorCandidates",
        "show remoteMirror candidates primary=\"p\" remoteStorageSubsystemName=\"rss\";"},
    Form {"show remotemirror synchronizationprogress", "showRemoteMirrors",
        "show remoteMirror localLogicalDrive [\"ld\"] synchronizationProgress;"},
    Form {"show remotemirror", "showRemoteMirrors", nullptr},
    Form {"show remotemirrors", "showRemoteMirrors", "show remoteMirrors;"},
    Form {"set remotemirrorlink", "setRemoteMirrorLink",
        "set remoteMirrorLink remoteStorageSubsystemName=\"rss\" [controller=(A|B|both)] [state=(up|down|flapping)] "
        "[bandwidth=100 MB] [roundTrip=ms] [maxRoundTrip=ms] [flapPeriod=ms] [transport=(inProcess|tcp)];   "
        "(simulation: link faults; tcp: over the replication wire protocol)"},
    Form {"show remotemirrorlinks", "showRemoteMirrorLinks", "show remoteMirrorLinks;"},
    Form {"show remotemirrorlink", "showRemoteMirrorLinks", nullptr},
    Form {"create hostgroup", "createHostGroup", "create hostGroup userLabel=\"name\";"},
    Form {"create host", "createHost", "create host userLabel=\"name\" [hostGroup=\"g\"] [hostType=\"Linux\"];"},
    Form {"create hostport", "createHostPort", "create hostPort host=\"h\" identifier=\"wwpn\" [userLabel=\"label\"];"},
    Form {"set host", "setHost",
        "set host [\"name\"] [userLabel=\"new\"] [hostGroup=(\"g\" | defaultGroup)] [hostType=..];"},
    Form {"set hostgroup", "setHostGroup", "set hostGroup [\"name\"] userLabel=\"new\";"},
    Form {"delete host", "deleteHost", "delete host [\"name\"];"},
    Form {"delete hostgroup", "deleteHostGroup", "delete hostGroup [\"name\"];"},
    Form {"delete hostport", "deleteHostPort", "delete hostPort [\"wwpn or label\"];"},
};

enum class TokenKind
{
    Word,
    String,
    Number,
    Symbol,
    End,
};

struct Token
{
    TokenKind kind = TokenKind::End;
    QString text;
    int line = 1;
    int column = 1;
};

class Lexer
{
public:
    explicit Lexer(const QString& text)
        : m_text(text)
    { }

    Error tokenize(QList<Token>* tokens)
    {
        while (true) {
            skipSpaceAndComments();
            if (m_error.isError()) {
                return m_error;
            }
            Token t;
            t.line = m_line;
            t.column = column();
            if (m_pos >= m_text.size()) {
                tokens->append(t);
                return {};
            }
            const QChar c = m_text[m_pos];
            if (c == u'"') {
                t.kind = TokenKind::String;
                if (!readString(&t.text)) {
                    return syntax(t, u"the string is not closed with \""_s);
                }
            } else if (c.isDigit()) {
                t.kind = TokenKind::Number;
                while (m_pos < m_text.size() && (m_text[m_pos].isDigit() || m_text[m_pos] == u'.')) {
                    t.text.append(m_text[m_pos++]);
                }
                // An exponent (1e309, 2E+3) stays with its number, so the command can say what is wrong with the
                // value instead of reading "e309" as a keyword of an unknown command.
                if (m_pos + 1 < m_text.size() && (m_text[m_pos] == u'e' || m_text[m_pos] == u'E')) {
                    qsizetype end = m_pos + 1;
                    if (end + 1 < m_text.size() && (m_text[end] == u'+' || m_text[end] == u'-')) {
                        ++end;
                    }
                    if (end < m_text.size() && m_text[end].isDigit()) {
                        while (end < m_text.size() && m_text[end].isDigit()) {
                            ++end;
                        }
                        t.text.append(m_text.mid(m_pos, end - m_pos));
                        m_pos = end;
                    }
                }
            } else if (c.isLetter() || c == u'_') {
                t.kind = TokenKind::Word;
                while (m_pos < m_text.size()
                    && (m_text[m_pos].isLetterOrNumber() || m_text[m_pos] == u'_' || m_text[m_pos] == u'-')) {
                    t.text.append(m_text[m_pos++]);
                }
            } else if (QStringView(u"[]()=,;").contains(c)) {
                t.kind = TokenKind::Symbol;
                t.text = c;
                ++m_pos;
            } else {
                return syntax(t, u"unexpected character '%1'"_s.arg(c));
            }
            tokens->append(t);
        }
    }

    static Error syntax(const Token& at, const QString& why)
    {
        return {ErrorCode::SyntaxError, {QString::number(at.line), QString::number(at.column), why}};
    }

private:
    int column() const { return static_cast<int>(m_pos - m_lineStart) + 1; }

    void advance()
    {
        if (m_text[m_pos] == u'\n') {
            ++m_line;
            m_lineStart = m_pos + 1;
        }
        ++m_pos;
    }

    void skipSpaceAndComments()
    {
        while (m_pos < m_text.size()) {
            if (m_text[m_pos].isSpace()) {
                advance();
            } else if (m_text.mid(m_pos, 2) == u"//"_s) {
                while (m_pos < m_text.size() && m_text[m_pos] != u'\n') {
                    advance();
                }
            } else if (m_text.mid(m_pos, 2) == u"/*"_s) {
                Token start {TokenKind::End, {}, m_line, column()};
                const auto end = m_text.indexOf(u"*/"_s, m_pos + 2);
                if (end < 0) {
                    m_error = syntax(start, u"the comment is not closed with */"_s);
                    return;
                }
                while (m_pos < end + 2) {
                    advance();
                }
            } else {
                return;
            }
        }
    }

    bool readString(QString* out)
    {
        advance(); // opening quote
        while (m_pos < m_text.size()) {
            const QChar c = m_text[m_pos];
            if (c == u'\\' && m_pos + 1 < m_text.size()) {
                advance();
                out->append(m_text[m_pos]);
                advance();
            } else if (c == u'"') {
                advance();
                return true;
            } else if (c == u'\n') {
                return false;
            } else {
                out->append(c);
                advance();
            }
        }
        return false;
    }

    const QString& m_text;
    qsizetype m_pos = 0;
    qsizetype m_lineStart = 0;
    int m_line = 1;
    Error m_error;
};

bool isUnit(const QString& word)
{
    static const QStringList units {u"B"_s, u"BYTES"_s, u"BYTE"_s, u"KB"_s, u"MB"_s, u"GB"_s, u"TB"_s};
    return units.contains(word.toUpper());
}

class Parser
{
public:
    Parser(const QString& script, QList<Token> tokens)
        : m_script(script)
        , m_tokens(std::move(tokens))
    { }

    Error parse(QList<ScriptStatement>* out)
    {
        while (peek().kind != TokenKind::End) {
            if (isSymbol(peek(), u';')) { // empty statement
                ++m_index;
                continue;
            }
            ScriptStatement statement;
            if (Error err = statement_(&statement); err.isError()) {
                return err;
            }
            out->append(statement);
        }
        return {};
    }

private:
    const Token& peek(int ahead = 0) const
    {
        return m_tokens[std::min<qsizetype>(m_index + ahead, m_tokens.size() - 1)];
    }
    static bool isSymbol(const Token& t, QChar c) { return t.kind == TokenKind::Symbol && t.text == c; }

    Error statement_(ScriptStatement* out)
    {
        const Token& first = peek();
        if (first.kind != TokenKind::Word) {
            return Lexer::syntax(first, u"a statement starts with a command word such as show, create or set"_s);
        }
        QStringList keywords;
        QJsonArray targets;
        QJsonObject params;
        while (true) {
            const Token& t = peek();
            if (t.kind == TokenKind::End) {
                return Lexer::syntax(t, u"the statement is not ended with ;"_s);
            }
            if (isSymbol(t, u';')) {
                ++m_index;
                break;
            }
            if (isSymbol(t, u'[')) {
                // After the command's two keywords the list names its object (logicalDrive ["a"]); after a further
                // keyword it is that keyword's list: recopy volumeCopy target ["t"] source ["s"].
                ++m_index;
                static const QStringList listNames {u"target"_s, u"source"_s, u"primary"_s, u"primaries"_s,
                    u"localLogicalDrive"_s, u"localLogicalDrives"_s};
                const auto named = std::find_if(listNames.cbegin(), listNames.cend(), [&](const QString& n) {
                    return n.compare(keywords.value(keywords.size() - 1), Qt::CaseInsensitive) == 0;
                });
                if (keywords.size() > 2 && named != listNames.cend()) {
                    const QString name = *named; // its canonical spelling
                    keywords.removeLast();
                    QJsonArray items;
                    if (Error err = list(u']', &items); err.isError()) {
                        return err;
                    }
                    if (params.contains(name)) {
                        return Lexer::syntax(t, u"the list %1 is given twice"_s.arg(name));
                    }
                    params.insert(name, items);
                    continue;
                }
                if (!targets.isEmpty()) {
                    return Lexer::syntax(t, u"only one bracketed list of names is allowed"_s);
                }
                if (Error err = list(u']', &targets); err.isError()) {
                    return err;
                }
                continue;
            }
            if (t.kind == TokenKind::Word && isSymbol(peek(1), u'=')) {
                const QString name = t.text;
                m_index += 2;
                if (params.contains(name)) {
                    return Lexer::syntax(t, u"the parameter %1 is given twice"_s.arg(shortenedInput(name)));
                }
                QJsonValue value;
                if (Error err = valueOf(name, &value); err.isError()) {
                    return err;
                }
                params.insert(name, value);
                continue;
            }
            if (t.kind == TokenKind::Word) {
                keywords.append(t.text);
                ++m_index;
                continue;
            }
            return Lexer::syntax(t, u"unexpected \"%1\""_s.arg(shortenedInput(t.text)));
        }
        const QString key = keywords.join(u' ').toLower();
        const Form* form = nullptr;
        for (const Form& f : kForms) {
            if (key == QLatin1String(f.keywords)) {
                form = &f;
                break;
            }
        }
        if (form == nullptr) {
            return {ErrorCode::UnknownCommand, {keywords.join(u' ')}};
        }
        if (!targets.isEmpty()) {
            params.insert(u"targets"_s, targets);
        }
        out->request = {QString::fromLatin1(form->command), params};
        out->line = first.line;
        out->text = keywords.join(u' ');
        return {};
    }

    /** Items up to @p close: strings, words, numbers and enclosure,slot pairs. */
    Error list(QChar close, QJsonArray* items)
    {
        while (true) {
            const Token& t = peek();
            if (isSymbol(t, close)) {
                ++m_index;
                return {};
            }
            if (t.kind == TokenKind::String || t.kind == TokenKind::Word) {
                items->append(t.text);
                ++m_index;
            } else if (t.kind == TokenKind::Number) {
                if (isSymbol(peek(1), u',') && peek(2).kind == TokenKind::Number) {
                    items->append(QString(t.text + u',' + peek(2).text));
                    m_index += 3;
                } else {
                    items->append(t.text);
                    ++m_index;
                }
            } else if (isSymbol(t, u',')) {
                ++m_index; // tolerate ["a", "b"]
            } else {
                return Lexer::syntax(t,
                    t.kind == TokenKind::End ? u"the list is not closed with %1"_s.arg(close)
                                             : u"unexpected \"%1\" in a list"_s.arg(shortenedInput(t.text)));
            }
        }
    }

    Error valueOf(const QString& name, QJsonValue* value)
    {
        const Token& t = peek();
        switch (t.kind) {
        case TokenKind::String:
        case TokenKind::Word:
            *value = t.text;
            ++m_index;
            return {};
        case TokenKind::Number: {
            ++m_index;
            if (peek().kind == TokenKind::Word && isUnit(peek().text) && !isSymbol(peek(1), u'=')) {
                *value = QString(t.text + u' ' + peek().text);
                ++m_index;
                return {};
            }
            bool ok = false;
            const qint64 n = t.text.toLongLong(&ok);
            *value = ok ? QJsonValue(n) : QJsonValue(t.text);
            return {};
        }
        case TokenKind::Symbol:
            if (t.text == u"("_s) {
                ++m_index;
                QJsonArray items;
                if (Error err = list(u')', &items); err.isError()) {
                    return err;
                }
                *value = items;
                return {};
            }
            break;
        case TokenKind::End:
            break;
        }
        return Lexer::syntax(t, u"the parameter %1 has no value"_s.arg(shortenedInput(name)));
    }

    const QString& m_script;
    QList<Token> m_tokens;
    qsizetype m_index = 0;
};

} // namespace

Error parseScript(const QString& script, QList<ScriptStatement>* statements)
{
    QList<Token> tokens;
    Lexer lexer(script);
    if (Error err = lexer.tokenize(&tokens); err.isError()) {
        return err;
    }
    QList<ScriptStatement> parsed;
    Parser parser(script, std::move(tokens));
    if (Error err = parser.parse(&parsed); err.isError()) {
        return err;
    }
    *statements = parsed;
    return {};
}

QStringList scriptCommandNames()
{
    QStringList names;
    for (const Form& f : kForms) {
        if (!names.contains(QLatin1String(f.command))) {
            names.append(QString::fromLatin1(f.command));
        }
    }
    return names;
}

QStringList scriptCommandForms()
{
    QStringList forms;
    for (const Form& f : kForms) {
        if (f.usage != nullptr) {
            forms.append(QString::fromLatin1(f.usage));
        }
    }
    return forms;
}

} // namespace Copyline
