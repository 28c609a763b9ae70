package fr.clsbot.knowledge;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32C;

/**
 * A loaded, validated knowledge base written as compact bytes, with the stamps of the files it was loaded from and
 * the version of the code that loaded it: read back in a fraction of the time parsing and validating the YAML takes.
 * The bytes end with a checksum; anything unexpected in them reads as no snapshot at all.
 */
final class KnowledgeBaseSnapshot {
    /** Bumped whenever the layout below changes. */
    private static final int FORMAT = 2;
    private static final int MAGIC = 0x434c534b;

    /** What a snapshot says about where it comes from, checked before its base is decoded. */
    record Header(String code, String root, List<FileStamp> files) {
    }

    private KnowledgeBaseSnapshot() {
    }

    static byte[] write(Header header, KnowledgeBase base) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
        Writer out = new Writer(new DataOutputStream(bytes));
        out.data.writeInt(MAGIC);
        out.data.writeInt(FORMAT);
        out.string(header.code());
        out.string(header.root());
        out.list(header.files(), stamp -> {
            out.string(stamp.file());
            out.data.writeLong(stamp.size());
            out.data.writeLong(stamp.modified());
            out.data.writeLong(stamp.changed());
            out.string(stamp.identity());
        });
        out.string(base.fingerprint());
        out.list(base.glossary().terms(), term -> out.strings(term.term(), term.expansion(), term.definition()));
        out.list(base.contracts(), out::contract);
        List<Contract> contracts = base.contracts();
        int contract = 0;
        out.data.writeInt(base.passages().size());
        for (Passage passage : base.passages()) {
            // Passages come in the order of their contracts: each names its contract and source by position.
            while (!contracts.get(contract).id().equals(passage.contractId())) {
                contract++;
            }
            out.data.writeInt(contract);
            out.data.writeInt(contracts.get(contract).sources().indexOf(passage.source()));
            out.data.writeInt(passage.number());
            SourceLine line = passage.line();
            out.strings(line.text(), line.heading());
            out.data.writeByte(line.role().ordinal());
            out.data.writeInt(line.list());
        }
        out.data.flush();
        CRC32C crc = new CRC32C();
        crc.update(bytes.toByteArray());
        out.data.writeLong(crc.getValue());
        return bytes.toByteArray();
    }

    /**
     * The header of {@code bytes}, after checking their checksum.
     *
     * @throws IllegalArgumentException when they are not a whole snapshot of this format
     */
    static Reader open(byte[] bytes) {
        if (bytes.length < 16) {
            throw new IllegalArgumentException("too short");
        }
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, bytes.length - 8);
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        if (buffer.getLong(bytes.length - 8) != crc.getValue()) {
            throw new IllegalArgumentException("checksum");
        }
        if (buffer.getInt() != MAGIC || buffer.getInt() != FORMAT) {
            throw new IllegalArgumentException("format");
        }
        return new Reader(buffer.limit(bytes.length - 8));
    }

    /** Reads a snapshot: its header first, then (only when the header fits) its base. */
    static final class Reader {
        private final ByteBuffer in;

        private Reader(ByteBuffer in) {
            this.in = in;
        }

        Header header() {
            return new Header(string(), string(), list(() -> new FileStamp(string(), in.getLong(), in.getLong(),
                    in.getLong(), string())));
        }

        /**
         * The base; to be called after {@link #header()}.
         *
         * @throws RuntimeException when the bytes do not hold a base (never, past the checksum, unless written by
         *                          other code under the same format number)
         */
        KnowledgeBase base() {
            String fingerprint = string();
            Glossary glossary = new Glossary(list(() -> new GlossaryTerm(string(), string(), string())));
            List<Contract> contracts = list(this::contract);
            int count = size();
            List<Passage> passages = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                Contract contract = contracts.get(in.getInt());
                Source source = contract.sources().get(in.getInt());
                int number = in.getInt();
                String text = string();
                String heading = string();
                SourceLine.Role role = SourceLine.Role.values()[in.get()];
                passages.add(new Passage(contract.id(), source, number,
                        new SourceLine(text, role, heading, in.getInt())));
            }
            if (in.hasRemaining()) {
                throw new IllegalArgumentException("trailing bytes");
            }
            return new KnowledgeBase(contracts, passages, glossary, fingerprint);
        }

        private Contract contract() {
            return new Contract(string(), string(),
                    list(() -> new Source(string(), string(), string(), string())),
                    in.get() == 0 ? null : new Territory(string(), string(), string(), string(), string(),
                            list(this::string), string(), list(this::string)),
                    in.get() == 0 ? null : new Period(integer(), integer(), string(), string()),
                    in.get() == 0 ? null : new Signing(string(), string(), string()),
                    list(() -> new Axis(string(), string(), string(), string())),
                    list(() -> new Action(string(), integer(), string(), string(), string())),
                    list(() -> new Figure(string(), string(), string(), string(), string(), string(), string())),
                    list(() -> new Milestone(string(), string(), string(), string())),
                    list(this::party), list(this::party), list(this::party),
                    list(() -> new Statement(string(), string(), string())),
                    list(() -> new Contact(string(), string(), string(), string(), list(this::string), string(),
                            string())),
                    string(),
                    list(() -> new ReviewNote(string(), string(), string())),
                    string());
        }

        private Party party() {
            return new Party(string(), string(), string(), string());
        }

        private Integer integer() {
            return in.get() == 0 ? null : in.getInt();
        }

        private String string() {
            int header = in.getInt();
            if (header < 0) {
                return null;
            }
            int length = header >>> 1;
            String value = new String(in.array(), in.position(), length,
                    (header & 1) == 1 ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
            in.position(in.position() + length);
            return value;
        }

        private int size() {
            int size = in.getInt();
            if (size < 0 || size > in.remaining()) {
                throw new IllegalArgumentException("list size");
            }
            return size;
        }

        private <T> List<T> list(java.util.function.Supplier<T> element) {
            int size = size();
            List<T> values = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                values.add(element.get());
            }
            return values;
        }
    }

    /** Writes the values of a knowledge base, each field in the order of its record. */
    private static final class Writer {
        private final DataOutputStream data;

        Writer(DataOutputStream data) {
            this.data = data;
        }

        void contract(Contract contract) throws IOException {
            strings(contract.id(), contract.title());
            list(contract.sources(), source -> strings(source.id(), source.title(), source.kind(), source.file()));
            Territory territory = contract.territory();
            present(territory);
            if (territory != null) {
                strings(territory.name(), territory.collectivity(), territory.kind(), territory.departement(),
                        territory.region());
                list(territory.aliases(), this::string);
                string(territory.epci());
                list(territory.communes(), this::string);
            }
            Period period = contract.period();
            present(period);
            if (period != null) {
                integer(period.start());
                integer(period.end());
                strings(period.quote(), period.source());
            }
            Signing signing = contract.signing();
            present(signing);
            if (signing != null) {
                strings(signing.date(), signing.quote(), signing.source());
            }
            list(contract.axes(), axis -> strings(axis.title(), axis.description(), axis.quote(), axis.source()));
            list(contract.actions(), action -> {
                string(action.text());
                integer(action.axis());
                strings(action.year(), action.quote(), action.source());
            });
            list(contract.figures(), figure -> strings(figure.value(), figure.kind(), figure.about(), figure.payer(),
                    figure.when(), figure.quote(), figure.source()));
            list(contract.milestones(), milestone -> strings(milestone.date(), milestone.event(), milestone.quote(),
                    milestone.source()));
            list(contract.signatories(), this::party);
            list(contract.partners(), this::party);
            list(contract.governance(), this::party);
            list(contract.consultation(), statement -> strings(statement.text(), statement.quote(),
                    statement.source()));
            list(contract.contacts(), contact -> {
                strings(contact.organisation(), contact.service(), contact.phone(), contact.email());
                list(contact.topics(), this::string);
                strings(contact.quote(), contact.source());
            });
            string(contract.status());
            list(contract.review(), note -> strings(note.field(), note.note(), note.quote()));
            string(contract.file());
        }

        private void party(Party party) throws IOException {
            strings(party.name(), party.role(), party.quote(), party.source());
        }

        private void present(Object value) throws IOException {
            data.writeByte(value == null ? 0 : 1);
        }

        private void integer(Integer value) throws IOException {
            present(value);
            if (value != null) {
                data.writeInt(value);
            }
        }

        void strings(String... values) throws IOException {
            for (String value : values) {
                string(value);
            }
        }

        /**
         * A string as its length, twice, plus 1 when it is written in Latin-1: French text nearly always is, and a
         * Latin-1 string is read back by a plain copy, where UTF-8 must be decoded.
         */
        void string(String value) throws IOException {
            if (value == null) {
                data.writeInt(-1);
                return;
            }
            boolean latin1 = value.chars().allMatch(c -> c <= 0xff);
            byte[] bytes = value.getBytes(latin1 ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
            data.writeInt(bytes.length * 2 + (latin1 ? 1 : 0));
            data.write(bytes);
        }

        <T> void list(List<T> values, Element<T> element) throws IOException {
            data.writeInt(values.size());
            for (T value : values) {
                element.write(value);
            }
        }
    }

    /** Writes one element of a list. */
    @FunctionalInterface
    private interface Element<T> {
        void write(T value) throws IOException;
    }
}
