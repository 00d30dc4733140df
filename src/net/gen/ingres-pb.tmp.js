/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars*/
import * as $protobuf from "protobufjs/minimal";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const ingres = $root.ingres = (() => {

    /**
     * Namespace ingres.
     * @exports ingres
     * @namespace
     */
    const ingres = {};

    ingres.CreateDatabaseRequest = (function() {

        /**
         * Properties of a CreateDatabaseRequest.
         * @memberof ingres
         * @interface ICreateDatabaseRequest
         * @property {string|null} [database] CreateDatabaseRequest database
         * @property {string|null} [user] CreateDatabaseRequest user
         * @property {Array.<string>|null} [flags] CreateDatabaseRequest flags
         */

        /**
         * Constructs a new CreateDatabaseRequest.
         * @memberof ingres
         * @classdesc Represents a CreateDatabaseRequest.
         * @implements ICreateDatabaseRequest
         * @constructor
         * @param {ingres.ICreateDatabaseRequest=} [properties] Properties to set
         */
        function CreateDatabaseRequest(properties) {
            this.flags = [];
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * CreateDatabaseRequest database.
         * @member {string} database
         * @memberof ingres.CreateDatabaseRequest
         * @instance
         */
        CreateDatabaseRequest.prototype.database = "";

        /**
         * CreateDatabaseRequest user.
         * @member {string} user
         * @memberof ingres.CreateDatabaseRequest
         * @instance
         */
        CreateDatabaseRequest.prototype.user = "";

        /**
         * CreateDatabaseRequest flags.
         * @member {Array.<string>} flags
         * @memberof ingres.CreateDatabaseRequest
         * @instance
         */
        CreateDatabaseRequest.prototype.flags = $util.emptyArray;

        /**
         * Creates a new CreateDatabaseRequest instance using the specified properties.
         * @function create
         * @memberof ingres.CreateDatabaseRequest
         * @static
         * @param {ingres.ICreateDatabaseRequest=} [properties] Properties to set
         * @returns {ingres.CreateDatabaseRequest} CreateDatabaseRequest instance
         */
        CreateDatabaseRequest.create = function create(properties) {
            return new CreateDatabaseRequest(properties);
        };

        /**
         * Encodes the specified CreateDatabaseRequest message. Does not implicitly {@link ingres.CreateDatabaseRequest.verify|verify} messages.
         * @function encode
         * @memberof ingres.CreateDatabaseRequest
         * @static
         * @param {ingres.ICreateDatabaseRequest} message CreateDatabaseRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        CreateDatabaseRequest.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.database != null && Object.hasOwnProperty.call(message, "database"))
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.database);
            if (message.user != null && Object.hasOwnProperty.call(message, "user"))
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.user);
            if (message.flags != null && message.flags.length)
                for (let i = 0; i < message.flags.length; ++i)
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.flags[i]);
            return writer;
        };

        /**
         * Encodes the specified CreateDatabaseRequest message, length delimited. Does not implicitly {@link ingres.CreateDatabaseRequest.verify|verify} messages.
         * @function encodeDelimited
         * @memberof ingres.CreateDatabaseRequest
         * @static
         * @param {ingres.ICreateDatabaseRequest} message CreateDatabaseRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        CreateDatabaseRequest.encodeDelimited = function encodeDelimited(message, writer) {
            return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
        };

        /**
         * Decodes a CreateDatabaseRequest message from the specified reader or buffer.
         * @function decode
         * @memberof ingres.CreateDatabaseRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ingres.CreateDatabaseRequest} CreateDatabaseRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        CreateDatabaseRequest.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.ingres.CreateDatabaseRequest();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.database = reader.string();
                        break;
                    }
                case 2: {
                        message.user = reader.string();
                        break;
                    }
                case 3: {
                        if (!(message.flags && message.flags.length))
                            message.flags = [];
                        message.flags.push(reader.string());
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Decodes a CreateDatabaseRequest message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof ingres.CreateDatabaseRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {ingres.CreateDatabaseRequest} CreateDatabaseRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        CreateDatabaseRequest.decodeDelimited = function decodeDelimited(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.uint32());
        };

        /**
         * Verifies a CreateDatabaseRequest message.
         * @function verify
         * @memberof ingres.CreateDatabaseRequest
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        CreateDatabaseRequest.verify = function verify(message, long) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                return "maximum nesting depth exceeded";
            if (message.database != null && Object.hasOwnProperty.call(message, "database"))
                if (!$util.isString(message.database))
                    return "database: string expected";
            if (message.user != null && Object.hasOwnProperty.call(message, "user"))
                if (!$util.isString(message.user))
                    return "user: string expected";
            if (message.flags != null && Object.hasOwnProperty.call(message, "flags")) {
                if (!Array.isArray(message.flags))
                    return "flags: array expected";
                for (let i = 0; i < message.flags.length; ++i)
                    if (!$util.isString(message.flags[i]))
                        return "flags: string[] expected";
            }
            return null;
        };

        /**
         * Creates a CreateDatabaseRequest message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof ingres.CreateDatabaseRequest
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {ingres.CreateDatabaseRequest} CreateDatabaseRequest
         */
        CreateDatabaseRequest.fromObject = function fromObject(object, long) {
            if (object instanceof $root.ingres.CreateDatabaseRequest)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".ingres.CreateDatabaseRequest: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.ingres.CreateDatabaseRequest();
            if (object.database != null)
                message.database = String(object.database);
            if (object.user != null)
                message.user = String(object.user);
            if (object.flags) {
                if (!Array.isArray(object.flags))
                    throw TypeError(".ingres.CreateDatabaseRequest.flags: array expected");
                message.flags = [];
                for (let i = 0; i < object.flags.length; ++i)
                    message.flags[i] = String(object.flags[i]);
            }
            return message;
        };

        /**
         * Creates a plain object from a CreateDatabaseRequest message. Also converts values to other types if specified.
         * @function toObject
         * @memberof ingres.CreateDatabaseRequest
         * @static
         * @param {ingres.CreateDatabaseRequest} message CreateDatabaseRequest
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        CreateDatabaseRequest.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.flags = [];
            if (options.defaults) {
                object.database = "";
                object.user = "";
            }
            if (message.database != null && Object.hasOwnProperty.call(message, "database"))
                object.database = message.database;
            if (message.user != null && Object.hasOwnProperty.call(message, "user"))
                object.user = message.user;
            if (message.flags && message.flags.length) {
                object.flags = [];
                for (let j = 0; j < message.flags.length; ++j)
                    object.flags[j] = message.flags[j];
            }
            return object;
        };

        /**
         * Converts this CreateDatabaseRequest to JSON.
         * @function toJSON
         * @memberof ingres.CreateDatabaseRequest
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        CreateDatabaseRequest.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the default type url for CreateDatabaseRequest
         * @function getTypeUrl
         * @memberof ingres.CreateDatabaseRequest
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        CreateDatabaseRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/ingres.CreateDatabaseRequest";
        };

        return CreateDatabaseRequest;
    })();

    ingres.CreateDatabaseReply = (function() {

        /**
         * Properties of a CreateDatabaseReply.
         * @memberof ingres
         * @interface ICreateDatabaseReply
         * @property {string|null} [database] CreateDatabaseReply database
         * @property {string|null} [host] CreateDatabaseReply host
         * @property {string|null} [directory] CreateDatabaseReply directory
         */

        /**
         * Constructs a new CreateDatabaseReply.
         * @memberof ingres
         * @classdesc Represents a CreateDatabaseReply.
         * @implements ICreateDatabaseReply
         * @constructor
         * @param {ingres.ICreateDatabaseReply=} [properties] Properties to set
         */
        function CreateDatabaseReply(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * CreateDatabaseReply database.
         * @member {string} database
         * @memberof ingres.CreateDatabaseReply
         * @instance
         */
        CreateDatabaseReply.prototype.database = "";

        /**
         * CreateDatabaseReply host.
         * @member {string} host
         * @memberof ingres.CreateDatabaseReply
         * @instance
         */
        CreateDatabaseReply.prototype.host = "";

        /**
         * CreateDatabaseReply directory.
         * @member {string} directory
         * @memberof ingres.CreateDatabaseReply
         * @instance
         */
        CreateDatabaseReply.prototype.directory = "";

        /**
         * Creates a new CreateDatabaseReply instance using the specified properties.
         * @function create
         * @memberof ingres.CreateDatabaseReply
         * @static
         * @param {ingres.ICreateDatabaseReply=} [properties] Properties to set
         * @returns {ingres.CreateDatabaseReply} CreateDatabaseReply instance
         */
        CreateDatabaseReply.create = function create(properties) {
            return new CreateDatabaseReply(properties);
        };

        /**
         * Encodes the specified CreateDatabaseReply message. Does not implicitly {@link ingres.CreateDatabaseReply.verify|verify} messages.
         * @function encode
         * @memberof ingres.CreateDatabaseReply
         * @static
         * @param {ingres.ICreateDatabaseReply} message CreateDatabaseReply message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        CreateDatabaseReply.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.database != null && Object.hasOwnProperty.call(message, "database"))
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.database);
            if (message.host != null && Object.hasOwnProperty.call(message, "host"))
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.host);
            if (message.directory != null && Object.hasOwnProperty.call(message, "directory"))
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.directory);
            return writer;
        };

        /**
         * Encodes the specified CreateDatabaseReply message, length delimited. Does not implicitly {@link ingres.CreateDatabaseReply.verify|verify} messages.
         * @function encodeDelimited
         * @memberof ingres.CreateDatabaseReply
         * @static
         * @param {ingres.ICreateDatabaseReply} message CreateDatabaseReply message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        CreateDatabaseReply.encodeDelimited = function encodeDelimited(message, writer) {
            return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
        };

        /**
         * Decodes a CreateDatabaseReply message from the specified reader or buffer.
         * @function decode
         * @memberof ingres.CreateDatabaseReply
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ingres.CreateDatabaseReply} CreateDatabaseReply
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        CreateDatabaseReply.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.ingres.CreateDatabaseReply();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.database = reader.string();
                        break;
                    }
                case 2: {
                        message.host = reader.string();
                        break;
                    }
                case 3: {
                        message.directory = reader.string();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Decodes a CreateDatabaseReply message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof ingres.CreateDatabaseReply
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {ingres.CreateDatabaseReply} CreateDatabaseReply
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        CreateDatabaseReply.decodeDelimited = function decodeDelimited(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.uint32());
        };

        /**
         * Verifies a CreateDatabaseReply message.
         * @function verify
         * @memberof ingres.CreateDatabaseReply
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        CreateDatabaseReply.verify = function verify(message, long) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                return "maximum nesting depth exceeded";
            if (message.database != null && Object.hasOwnProperty.call(message, "database"))
                if (!$util.isString(message.database))
                    return "database: string expected";
            if (message.host != null && Object.hasOwnProperty.call(message, "host"))
                if (!$util.isString(message.host))
                    return "host: string expected";
            if (message.directory != null && Object.hasOwnProperty.call(message, "directory"))
                if (!$util.isString(message.directory))
                    return "directory: string expected";
            return null;
        };

        /**
         * Creates a CreateDatabaseReply message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof ingres.CreateDatabaseReply
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {ingres.CreateDatabaseReply} CreateDatabaseReply
         */
        CreateDatabaseReply.fromObject = function fromObject(object, long) {
            if (object instanceof $root.ingres.CreateDatabaseReply)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".ingres.CreateDatabaseReply: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.ingres.CreateDatabaseReply();
            if (object.database != null)
                message.database = String(object.database);
            if (object.host != null)
                message.host = String(object.host);
            if (object.directory != null)
                message.directory = String(object.directory);
            return message;
        };

        /**
         * Creates a plain object from a CreateDatabaseReply message. Also converts values to other types if specified.
         * @function toObject
         * @memberof ingres.CreateDatabaseReply
         * @static
         * @param {ingres.CreateDatabaseReply} message CreateDatabaseReply
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        CreateDatabaseReply.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.database = "";
                object.host = "";
                object.directory = "";
            }
            if (message.database != null && Object.hasOwnProperty.call(message, "database"))
                object.database = message.database;
            if (message.host != null && Object.hasOwnProperty.call(message, "host"))
                object.host = message.host;
            if (message.directory != null && Object.hasOwnProperty.call(message, "directory"))
                object.directory = message.directory;
            return object;
        };

        /**
         * Converts this CreateDatabaseReply to JSON.
         * @function toJSON
         * @memberof ingres.CreateDatabaseReply
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        CreateDatabaseReply.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the default type url for CreateDatabaseReply
         * @function getTypeUrl
         * @memberof ingres.CreateDatabaseReply
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        CreateDatabaseReply.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/ingres.CreateDatabaseReply";
        };

        return CreateDatabaseReply;
    })();

    ingres.DestroyDatabaseRequest = (function() {

        /**
         * Properties of a DestroyDatabaseRequest.
         * @memberof ingres
         * @interface IDestroyDatabaseRequest
         * @property {string|null} [database] DestroyDatabaseRequest database
         * @property {string|null} [user] DestroyDatabaseRequest user
         */

        /**
         * Constructs a new DestroyDatabaseRequest.
         * @memberof ingres
         * @classdesc Represents a DestroyDatabaseRequest.
         * @implements IDestroyDatabaseRequest
         * @constructor
         * @param {ingres.IDestroyDatabaseRequest=} [properties] Properties to set
         */
        function DestroyDatabaseRequest(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * DestroyDatabaseRequest database.
         * @member {string} database
         * @memberof ingres.DestroyDatabaseRequest
         * @instance
         */
        DestroyDatabaseRequest.prototype.database = "";

        /**
         * DestroyDatabaseRequest user.
         * @member {string} user
         * @memberof ingres.DestroyDatabaseRequest
         * @instance
         */
        DestroyDatabaseRequest.prototype.user = "";

        /**
         * Creates a new DestroyDatabaseRequest instance using the specified properties.
         * @function create
         * @memberof ingres.DestroyDatabaseRequest
         * @static
         * @param {ingres.IDestroyDatabaseRequest=} [properties] Properties to set
         * @returns {ingres.DestroyDatabaseRequest} DestroyDatabaseRequest instance
         */
        DestroyDatabaseRequest.create = function create(properties) {
            return new DestroyDatabaseRequest(properties);
        };

        /**
         * Encodes the specified DestroyDatabaseRequest message. Does not implicitly {@link ingres.DestroyDatabaseRequest.verify|verify} messages.
         * @function encode
         * @memberof ingres.DestroyDatabaseRequest
         * @static
         * @param {ingres.IDestroyDatabaseRequest} message DestroyDatabaseRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        DestroyDatabaseRequest.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.database != null && Object.hasOwnProperty.call(message, "database"))
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.database);
            if (message.user != null && Object.hasOwnProperty.call(message, "user"))
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.user);
            return writer;
        };

        /**
         * Encodes the specified DestroyDatabaseRequest message, length delimited. Does not implicitly {@link ingres.DestroyDatabaseRequest.verify|verify} messages.
         * @function encodeDelimited
         * @memberof ingres.DestroyDatabaseRequest
         * @static
         * @param {ingres.IDestroyDatabaseRequest} message DestroyDatabaseRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        DestroyDatabaseRequest.encodeDelimited = function encodeDelimited(message, writer) {
            return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
        };

        /**
         * Decodes a DestroyDatabaseRequest message from the specified reader or buffer.
         * @function decode
         * @memberof ingres.DestroyDatabaseRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ingres.DestroyDatabaseRequest} DestroyDatabaseRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        DestroyDatabaseRequest.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.ingres.DestroyDatabaseRequest();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.database = reader.string();
                        break;
                    }
                case 2: {
                        message.user = reader.string();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Decodes a DestroyDatabaseRequest message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof ingres.DestroyDatabaseRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {ingres.DestroyDatabaseRequest} DestroyDatabaseRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        DestroyDatabaseRequest.decodeDelimited = function decodeDelimited(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.uint32());
        };

        /**
         * Verifies a DestroyDatabaseRequest message.
         * @function verify
         * @memberof ingres.DestroyDatabaseRequest
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        DestroyDatabaseRequest.verify = function verify(message, long) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                return "maximum nesting depth exceeded";
            if (message.database != null && Object.hasOwnProperty.call(message, "database"))
                if (!$util.isString(message.database))
                    return "database: string expected";
            if (message.user != null && Object.hasOwnProperty.call(message, "user"))
                if (!$util.isString(message.user))
                    return "user: string expected";
            return null;
        };

        /**
         * Creates a DestroyDatabaseRequest message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof ingres.DestroyDatabaseRequest
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {ingres.DestroyDatabaseRequest} DestroyDatabaseRequest
         */
        DestroyDatabaseRequest.fromObject = function fromObject(object, long) {
            if (object instanceof $root.ingres.DestroyDatabaseRequest)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".ingres.DestroyDatabaseRequest: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.ingres.DestroyDatabaseRequest();
            if (object.database != null)
                message.database = String(object.database);
            if (object.user != null)
                message.user = String(object.user);
            return message;
        };

        /**
         * Creates a plain object from a DestroyDatabaseRequest message. Also converts values to other types if specified.
         * @function toObject
         * @memberof ingres.DestroyDatabaseRequest
         * @static
         * @param {ingres.DestroyDatabaseRequest} message DestroyDatabaseRequest
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        DestroyDatabaseRequest.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.database = "";
                object.user = "";
            }
            if (message.database != null && Object.hasOwnProperty.call(message, "database"))
                object.database = message.database;
            if (message.user != null && Object.hasOwnProperty.call(message, "user"))
                object.user = message.user;
            return object;
        };

        /**
         * Converts this DestroyDatabaseRequest to JSON.
         * @function toJSON
         * @memberof ingres.DestroyDatabaseRequest
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        DestroyDatabaseRequest.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the default type url for DestroyDatabaseRequest
         * @function getTypeUrl
         * @memberof ingres.DestroyDatabaseRequest
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        DestroyDatabaseRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/ingres.DestroyDatabaseRequest";
        };

        return DestroyDatabaseRequest;
    })();

    ingres.DestroyDatabaseReply = (function() {

        /**
         * Properties of a DestroyDatabaseReply.
         * @memberof ingres
         * @interface IDestroyDatabaseReply
         * @property {string|null} [database] DestroyDatabaseReply database
         */

        /**
         * Constructs a new DestroyDatabaseReply.
         * @memberof ingres
         * @classdesc Represents a DestroyDatabaseReply.
         * @implements IDestroyDatabaseReply
         * @constructor
         * @param {ingres.IDestroyDatabaseReply=} [properties] Properties to set
         */
        function DestroyDatabaseReply(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * DestroyDatabaseReply database.
         * @member {string} database
         * @memberof ingres.DestroyDatabaseReply
         * @instance
         */
        DestroyDatabaseReply.prototype.database = "";

        /**
         * Creates a new DestroyDatabaseReply instance using the specified properties.
         * @function create
         * @memberof ingres.DestroyDatabaseReply
         * @static
         * @param {ingres.IDestroyDatabaseReply=} [properties] Properties to set
         * @returns {ingres.DestroyDatabaseReply} DestroyDatabaseReply instance
         */
        DestroyDatabaseReply.create = function create(properties) {
            return new DestroyDatabaseReply(properties);
        };

        /**
         * Encodes the specified DestroyDatabaseReply message. Does not implicitly {@link ingres.DestroyDatabaseReply.verify|verify} messages.
         * @function encode
         * @memberof ingres.DestroyDatabaseReply
         * @static
         * @param {ingres.IDestroyDatabaseReply} message DestroyDatabaseReply message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        DestroyDatabaseReply.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.database != null && Object.hasOwnProperty.call(message, "database"))
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.database);
            return writer;
        };

        /**
         * Encodes the specified DestroyDatabaseReply message, length delimited. Does not implicitly {@link ingres.DestroyDatabaseReply.verify|verify} messages.
         * @function encodeDelimited
         * @memberof ingres.DestroyDatabaseReply
         * @static
         * @param {ingres.IDestroyDatabaseReply} message DestroyDatabaseReply message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        DestroyDatabaseReply.encodeDelimited = function encodeDelimited(message, writer) {
            return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
        };

        /**
         * Decodes a DestroyDatabaseReply message from the specified reader or buffer.
         * @function decode
         * @memberof ingres.DestroyDatabaseReply
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ingres.DestroyDatabaseReply} DestroyDatabaseReply
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        DestroyDatabaseReply.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.ingres.DestroyDatabaseReply();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.database = reader.string();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Decodes a DestroyDatabaseReply message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof ingres.DestroyDatabaseReply
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {ingres.DestroyDatabaseReply} DestroyDatabaseReply
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        DestroyDatabaseReply.decodeDelimited = function decodeDelimited(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.uint32());
        };

        /**
         * Verifies a DestroyDatabaseReply message.
         * @function verify
         * @memberof ingres.DestroyDatabaseReply
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        DestroyDatabaseReply.verify = function verify(message, long) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                return "maximum nesting depth exceeded";
            if (message.database != null && Object.hasOwnProperty.call(message, "database"))
                if (!$util.isString(message.database))
                    return "database: string expected";
            return null;
        };

        /**
         * Creates a DestroyDatabaseReply message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof ingres.DestroyDatabaseReply
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {ingres.DestroyDatabaseReply} DestroyDatabaseReply
         */
        DestroyDatabaseReply.fromObject = function fromObject(object, long) {
            if (object instanceof $root.ingres.DestroyDatabaseReply)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".ingres.DestroyDatabaseReply: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.ingres.DestroyDatabaseReply();
            if (object.database != null)
                message.database = String(object.database);
            return message;
        };

        /**
         * Creates a plain object from a DestroyDatabaseReply message. Also converts values to other types if specified.
         * @function toObject
         * @memberof ingres.DestroyDatabaseReply
         * @static
         * @param {ingres.DestroyDatabaseReply} message DestroyDatabaseReply
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        DestroyDatabaseReply.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.defaults)
                object.database = "";
            if (message.database != null && Object.hasOwnProperty.call(message, "database"))
                object.database = message.database;
            return object;
        };

        /**
         * Converts this DestroyDatabaseReply to JSON.
         * @function toJSON
         * @memberof ingres.DestroyDatabaseReply
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        DestroyDatabaseReply.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the default type url for DestroyDatabaseReply
         * @function getTypeUrl
         * @memberof ingres.DestroyDatabaseReply
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        DestroyDatabaseReply.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/ingres.DestroyDatabaseReply";
        };

        return DestroyDatabaseReply;
    })();

    ingres.StatusRequest = (function() {

        /**
         * Properties of a StatusRequest.
         * @memberof ingres
         * @interface IStatusRequest
         */

        /**
         * Constructs a new StatusRequest.
         * @memberof ingres
         * @classdesc Represents a StatusRequest.
         * @implements IStatusRequest
         * @constructor
         * @param {ingres.IStatusRequest=} [properties] Properties to set
         */
        function StatusRequest(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * Creates a new StatusRequest instance using the specified properties.
         * @function create
         * @memberof ingres.StatusRequest
         * @static
         * @param {ingres.IStatusRequest=} [properties] Properties to set
         * @returns {ingres.StatusRequest} StatusRequest instance
         */
        StatusRequest.create = function create(properties) {
            return new StatusRequest(properties);
        };

        /**
         * Encodes the specified StatusRequest message. Does not implicitly {@link ingres.StatusRequest.verify|verify} messages.
         * @function encode
         * @memberof ingres.StatusRequest
         * @static
         * @param {ingres.IStatusRequest} message StatusRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        StatusRequest.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            return writer;
        };

        /**
         * Encodes the specified StatusRequest message, length delimited. Does not implicitly {@link ingres.StatusRequest.verify|verify} messages.
         * @function encodeDelimited
         * @memberof ingres.StatusRequest
         * @static
         * @param {ingres.IStatusRequest} message StatusRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        StatusRequest.encodeDelimited = function encodeDelimited(message, writer) {
            return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
        };

        /**
         * Decodes a StatusRequest message from the specified reader or buffer.
         * @function decode
         * @memberof ingres.StatusRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ingres.StatusRequest} StatusRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        StatusRequest.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.ingres.StatusRequest();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Decodes a StatusRequest message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof ingres.StatusRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {ingres.StatusRequest} StatusRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        StatusRequest.decodeDelimited = function decodeDelimited(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.uint32());
        };

        /**
         * Verifies a StatusRequest message.
         * @function verify
         * @memberof ingres.StatusRequest
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        StatusRequest.verify = function verify(message, long) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                return "maximum nesting depth exceeded";
            return null;
        };

        /**
         * Creates a StatusRequest message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof ingres.StatusRequest
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {ingres.StatusRequest} StatusRequest
         */
        StatusRequest.fromObject = function fromObject(object, long) {
            if (object instanceof $root.ingres.StatusRequest)
                return object;
            return new $root.ingres.StatusRequest();
        };

        /**
         * Creates a plain object from a StatusRequest message. Also converts values to other types if specified.
         * @function toObject
         * @memberof ingres.StatusRequest
         * @static
         * @param {ingres.StatusRequest} message StatusRequest
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        StatusRequest.toObject = function toObject() {
            return {};
        };

        /**
         * Converts this StatusRequest to JSON.
         * @function toJSON
         * @memberof ingres.StatusRequest
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        StatusRequest.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the default type url for StatusRequest
         * @function getTypeUrl
         * @memberof ingres.StatusRequest
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        StatusRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/ingres.StatusRequest";
        };

        return StatusRequest;
    })();

    ingres.DatabaseStatus = (function() {

        /**
         * Properties of a DatabaseStatus.
         * @memberof ingres
         * @interface IDatabaseStatus
         * @property {string|null} [name] DatabaseStatus name
         * @property {boolean|null} [open] DatabaseStatus open
         * @property {number|null} [sessions] DatabaseStatus sessions
         */

        /**
         * Constructs a new DatabaseStatus.
         * @memberof ingres
         * @classdesc Represents a DatabaseStatus.
         * @implements IDatabaseStatus
         * @constructor
         * @param {ingres.IDatabaseStatus=} [properties] Properties to set
         */
        function DatabaseStatus(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * DatabaseStatus name.
         * @member {string} name
         * @memberof ingres.DatabaseStatus
         * @instance
         */
        DatabaseStatus.prototype.name = "";

        /**
         * DatabaseStatus open.
         * @member {boolean} open
         * @memberof ingres.DatabaseStatus
         * @instance
         */
        DatabaseStatus.prototype.open = false;

        /**
         * DatabaseStatus sessions.
         * @member {number} sessions
         * @memberof ingres.DatabaseStatus
         * @instance
         */
        DatabaseStatus.prototype.sessions = 0;

        /**
         * Creates a new DatabaseStatus instance using the specified properties.
         * @function create
         * @memberof ingres.DatabaseStatus
         * @static
         * @param {ingres.IDatabaseStatus=} [properties] Properties to set
         * @returns {ingres.DatabaseStatus} DatabaseStatus instance
         */
        DatabaseStatus.create = function create(properties) {
            return new DatabaseStatus(properties);
        };

        /**
         * Encodes the specified DatabaseStatus message. Does not implicitly {@link ingres.DatabaseStatus.verify|verify} messages.
         * @function encode
         * @memberof ingres.DatabaseStatus
         * @static
         * @param {ingres.IDatabaseStatus} message DatabaseStatus message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        DatabaseStatus.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
            if (message.open != null && Object.hasOwnProperty.call(message, "open"))
                writer.uint32(/* id 2, wireType 0 =*/16).bool(message.open);
            if (message.sessions != null && Object.hasOwnProperty.call(message, "sessions"))
                writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.sessions);
            return writer;
        };

        /**
         * Encodes the specified DatabaseStatus message, length delimited. Does not implicitly {@link ingres.DatabaseStatus.verify|verify} messages.
         * @function encodeDelimited
         * @memberof ingres.DatabaseStatus
         * @static
         * @param {ingres.IDatabaseStatus} message DatabaseStatus message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        DatabaseStatus.encodeDelimited = function encodeDelimited(message, writer) {
            return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
        };

        /**
         * Decodes a DatabaseStatus message from the specified reader or buffer.
         * @function decode
         * @memberof ingres.DatabaseStatus
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ingres.DatabaseStatus} DatabaseStatus
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        DatabaseStatus.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.ingres.DatabaseStatus();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.name = reader.string();
                        break;
                    }
                case 2: {
                        message.open = reader.bool();
                        break;
                    }
                case 3: {
                        message.sessions = reader.uint32();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Decodes a DatabaseStatus message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof ingres.DatabaseStatus
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {ingres.DatabaseStatus} DatabaseStatus
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        DatabaseStatus.decodeDelimited = function decodeDelimited(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.uint32());
        };

        /**
         * Verifies a DatabaseStatus message.
         * @function verify
         * @memberof ingres.DatabaseStatus
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        DatabaseStatus.verify = function verify(message, long) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                return "maximum nesting depth exceeded";
            if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                if (!$util.isString(message.name))
                    return "name: string expected";
            if (message.open != null && Object.hasOwnProperty.call(message, "open"))
                if (typeof message.open !== "boolean")
                    return "open: boolean expected";
            if (message.sessions != null && Object.hasOwnProperty.call(message, "sessions"))
                if (!$util.isInteger(message.sessions))
                    return "sessions: integer expected";
            return null;
        };

        /**
         * Creates a DatabaseStatus message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof ingres.DatabaseStatus
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {ingres.DatabaseStatus} DatabaseStatus
         */
        DatabaseStatus.fromObject = function fromObject(object, long) {
            if (object instanceof $root.ingres.DatabaseStatus)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".ingres.DatabaseStatus: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.ingres.DatabaseStatus();
            if (object.name != null)
                message.name = String(object.name);
            if (object.open != null)
                message.open = Boolean(object.open);
            if (object.sessions != null)
                message.sessions = object.sessions >>> 0;
            return message;
        };

        /**
         * Creates a plain object from a DatabaseStatus message. Also converts values to other types if specified.
         * @function toObject
         * @memberof ingres.DatabaseStatus
         * @static
         * @param {ingres.DatabaseStatus} message DatabaseStatus
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        DatabaseStatus.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.name = "";
                object.open = false;
                object.sessions = 0;
            }
            if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                object.name = message.name;
            if (message.open != null && Object.hasOwnProperty.call(message, "open"))
                object.open = message.open;
            if (message.sessions != null && Object.hasOwnProperty.call(message, "sessions"))
                object.sessions = message.sessions;
            return object;
        };

        /**
         * Converts this DatabaseStatus to JSON.
         * @function toJSON
         * @memberof ingres.DatabaseStatus
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        DatabaseStatus.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the default type url for DatabaseStatus
         * @function getTypeUrl
         * @memberof ingres.DatabaseStatus
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        DatabaseStatus.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/ingres.DatabaseStatus";
        };

        return DatabaseStatus;
    })();

    ingres.StatusReply = (function() {

        /**
         * Properties of a StatusReply.
         * @memberof ingres
         * @interface IStatusReply
         * @property {string|null} [host] StatusReply host
         * @property {string|null} [address] StatusReply address
         * @property {number|null} [pid] StatusReply pid
         * @property {string|null} [version] StatusReply version
         * @property {string|null} [iiSystem] StatusReply iiSystem
         * @property {number|null} [startedMs] StatusReply startedMs
         * @property {Array.<ingres.IDatabaseStatus>|null} [databases] StatusReply databases
         * @property {number|null} [sessions] StatusReply sessions
         */

        /**
         * Constructs a new StatusReply.
         * @memberof ingres
         * @classdesc Represents a StatusReply.
         * @implements IStatusReply
         * @constructor
         * @param {ingres.IStatusReply=} [properties] Properties to set
         */
        function StatusReply(properties) {
            this.databases = [];
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * StatusReply host.
         * @member {string} host
         * @memberof ingres.StatusReply
         * @instance
         */
        StatusReply.prototype.host = "";

        /**
         * StatusReply address.
         * @member {string} address
         * @memberof ingres.StatusReply
         * @instance
         */
        StatusReply.prototype.address = "";

        /**
         * StatusReply pid.
         * @member {number} pid
         * @memberof ingres.StatusReply
         * @instance
         */
        StatusReply.prototype.pid = 0;

        /**
         * StatusReply version.
         * @member {string} version
         * @memberof ingres.StatusReply
         * @instance
         */
        StatusReply.prototype.version = "";

        /**
         * StatusReply iiSystem.
         * @member {string} iiSystem
         * @memberof ingres.StatusReply
         * @instance
         */
        StatusReply.prototype.iiSystem = "";

        /**
         * StatusReply startedMs.
         * @member {number} startedMs
         * @memberof ingres.StatusReply
         * @instance
         */
        StatusReply.prototype.startedMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * StatusReply databases.
         * @member {Array.<ingres.IDatabaseStatus>} databases
         * @memberof ingres.StatusReply
         * @instance
         */
        StatusReply.prototype.databases = $util.emptyArray;

        /**
         * StatusReply sessions.
         * @member {number} sessions
         * @memberof ingres.StatusReply
         * @instance
         */
        StatusReply.prototype.sessions = 0;

        /**
         * Creates a new StatusReply instance using the specified properties.
         * @function create
         * @memberof ingres.StatusReply
         * @static
         * @param {ingres.IStatusReply=} [properties] Properties to set
         * @returns {ingres.StatusReply} StatusReply instance
         */
        StatusReply.create = function create(properties) {
            return new StatusReply(properties);
        };

        /**
         * Encodes the specified StatusReply message. Does not implicitly {@link ingres.StatusReply.verify|verify} messages.
         * @function encode
         * @memberof ingres.StatusReply
         * @static
         * @param {ingres.IStatusReply} message StatusReply message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        StatusReply.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.host != null && Object.hasOwnProperty.call(message, "host"))
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.host);
            if (message.address != null && Object.hasOwnProperty.call(message, "address"))
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.address);
            if (message.pid != null && Object.hasOwnProperty.call(message, "pid"))
                writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.pid);
            if (message.version != null && Object.hasOwnProperty.call(message, "version"))
                writer.uint32(/* id 4, wireType 2 =*/34).string(message.version);
            if (message.iiSystem != null && Object.hasOwnProperty.call(message, "iiSystem"))
                writer.uint32(/* id 5, wireType 2 =*/42).string(message.iiSystem);
            if (message.startedMs != null && Object.hasOwnProperty.call(message, "startedMs"))
                writer.uint32(/* id 6, wireType 0 =*/48).sint64(message.startedMs);
            if (message.databases != null && message.databases.length)
                for (let i = 0; i < message.databases.length; ++i)
                    $root.ingres.DatabaseStatus.encode(message.databases[i], writer.uint32(/* id 7, wireType 2 =*/58).fork(), q + 1).ldelim();
            if (message.sessions != null && Object.hasOwnProperty.call(message, "sessions"))
                writer.uint32(/* id 8, wireType 0 =*/64).uint32(message.sessions);
            return writer;
        };

        /**
         * Encodes the specified StatusReply message, length delimited. Does not implicitly {@link ingres.StatusReply.verify|verify} messages.
         * @function encodeDelimited
         * @memberof ingres.StatusReply
         * @static
         * @param {ingres.IStatusReply} message StatusReply message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        StatusReply.encodeDelimited = function encodeDelimited(message, writer) {
            return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
        };

        /**
         * Decodes a StatusReply message from the specified reader or buffer.
         * @function decode
         * @memberof ingres.StatusReply
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ingres.StatusReply} StatusReply
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        StatusReply.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.ingres.StatusReply();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.host = reader.string();
                        break;
                    }
                case 2: {
                        message.address = reader.string();
                        break;
                    }
                case 3: {
                        message.pid = reader.uint32();
                        break;
                    }
                case 4: {
                        message.version = reader.string();
                        break;
                    }
                case 5: {
                        message.iiSystem = reader.string();
                        break;
                    }
                case 6: {
                        message.startedMs = reader.sint64();
                        break;
                    }
                case 7: {
                        if (!(message.databases && message.databases.length))
                            message.databases = [];
                        message.databases.push($root.ingres.DatabaseStatus.decode(reader, reader.uint32(), undefined, long + 1));
                        break;
                    }
                case 8: {
                        message.sessions = reader.uint32();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Decodes a StatusReply message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof ingres.StatusReply
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {ingres.StatusReply} StatusReply
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        StatusReply.decodeDelimited = function decodeDelimited(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.uint32());
        };

        /**
         * Verifies a StatusReply message.
         * @function verify
         * @memberof ingres.StatusReply
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        StatusReply.verify = function verify(message, long) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                return "maximum nesting depth exceeded";
            if (message.host != null && Object.hasOwnProperty.call(message, "host"))
                if (!$util.isString(message.host))
                    return "host: string expected";
            if (message.address != null && Object.hasOwnProperty.call(message, "address"))
                if (!$util.isString(message.address))
                    return "address: string expected";
            if (message.pid != null && Object.hasOwnProperty.call(message, "pid"))
                if (!$util.isInteger(message.pid))
                    return "pid: integer expected";
            if (message.version != null && Object.hasOwnProperty.call(message, "version"))
                if (!$util.isString(message.version))
                    return "version: string expected";
            if (message.iiSystem != null && Object.hasOwnProperty.call(message, "iiSystem"))
                if (!$util.isString(message.iiSystem))
                    return "iiSystem: string expected";
            if (message.startedMs != null && Object.hasOwnProperty.call(message, "startedMs"))
                if (!$util.isInteger(message.startedMs) && !(message.startedMs && $util.isInteger(message.startedMs.low) && $util.isInteger(message.startedMs.high)))
                    return "startedMs: integer|Long expected";
            if (message.databases != null && Object.hasOwnProperty.call(message, "databases")) {
                if (!Array.isArray(message.databases))
                    return "databases: array expected";
                for (let i = 0; i < message.databases.length; ++i) {
                    let error = $root.ingres.DatabaseStatus.verify(message.databases[i], long + 1);
                    if (error)
                        return "databases." + error;
                }
            }
            if (message.sessions != null && Object.hasOwnProperty.call(message, "sessions"))
                if (!$util.isInteger(message.sessions))
                    return "sessions: integer expected";
            return null;
        };

        /**
         * Creates a StatusReply message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof ingres.StatusReply
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {ingres.StatusReply} StatusReply
         */
        StatusReply.fromObject = function fromObject(object, long) {
            if (object instanceof $root.ingres.StatusReply)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".ingres.StatusReply: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.ingres.StatusReply();
            if (object.host != null)
                message.host = String(object.host);
            if (object.address != null)
                message.address = String(object.address);
            if (object.pid != null)
                message.pid = object.pid >>> 0;
            if (object.version != null)
                message.version = String(object.version);
            if (object.iiSystem != null)
                message.iiSystem = String(object.iiSystem);
            if (object.startedMs != null)
                if ($util.Long)
                    message.startedMs = $util.Long.fromValue(object.startedMs, false);
                else if (typeof object.startedMs === "string")
                    message.startedMs = parseInt(object.startedMs, 10);
                else if (typeof object.startedMs === "number")
                    message.startedMs = object.startedMs;
                else if (typeof object.startedMs === "object")
                    message.startedMs = new $util.LongBits(object.startedMs.low >>> 0, object.startedMs.high >>> 0).toNumber();
            if (object.databases) {
                if (!Array.isArray(object.databases))
                    throw TypeError(".ingres.StatusReply.databases: array expected");
                message.databases = [];
                for (let i = 0; i < object.databases.length; ++i) {
                    if (!$util.isObject(object.databases[i]))
                        throw TypeError(".ingres.StatusReply.databases: object expected");
                    message.databases[i] = $root.ingres.DatabaseStatus.fromObject(object.databases[i], long + 1);
                }
            }
            if (object.sessions != null)
                message.sessions = object.sessions >>> 0;
            return message;
        };

        /**
         * Creates a plain object from a StatusReply message. Also converts values to other types if specified.
         * @function toObject
         * @memberof ingres.StatusReply
         * @static
         * @param {ingres.StatusReply} message StatusReply
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        StatusReply.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.databases = [];
            if (options.defaults) {
                object.host = "";
                object.address = "";
                object.pid = 0;
                object.version = "";
                object.iiSystem = "";
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.startedMs = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                } else
                    object.startedMs = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                object.sessions = 0;
            }
            if (message.host != null && Object.hasOwnProperty.call(message, "host"))
                object.host = message.host;
            if (message.address != null && Object.hasOwnProperty.call(message, "address"))
                object.address = message.address;
            if (message.pid != null && Object.hasOwnProperty.call(message, "pid"))
                object.pid = message.pid;
            if (message.version != null && Object.hasOwnProperty.call(message, "version"))
                object.version = message.version;
            if (message.iiSystem != null && Object.hasOwnProperty.call(message, "iiSystem"))
                object.iiSystem = message.iiSystem;
            if (message.startedMs != null && Object.hasOwnProperty.call(message, "startedMs"))
                if (typeof BigInt !== "undefined" && options.longs === BigInt)
                    object.startedMs = typeof message.startedMs === "number" ? BigInt(message.startedMs) : $util.Long.fromBits(message.startedMs.low >>> 0, message.startedMs.high >>> 0, false).toBigInt();
                else if (typeof message.startedMs === "number")
                    object.startedMs = options.longs === String ? String(message.startedMs) : message.startedMs;
                else
                    object.startedMs = options.longs === String ? $util.Long.prototype.toString.call(message.startedMs) : options.longs === Number ? new $util.LongBits(message.startedMs.low >>> 0, message.startedMs.high >>> 0).toNumber() : message.startedMs;
            if (message.databases && message.databases.length) {
                object.databases = [];
                for (let j = 0; j < message.databases.length; ++j)
                    object.databases[j] = $root.ingres.DatabaseStatus.toObject(message.databases[j], options, q + 1);
            }
            if (message.sessions != null && Object.hasOwnProperty.call(message, "sessions"))
                object.sessions = message.sessions;
            return object;
        };

        /**
         * Converts this StatusReply to JSON.
         * @function toJSON
         * @memberof ingres.StatusReply
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        StatusReply.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the default type url for StatusReply
         * @function getTypeUrl
         * @memberof ingres.StatusReply
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        StatusReply.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/ingres.StatusReply";
        };

        return StatusReply;
    })();

    ingres.ShutdownRequest = (function() {

        /**
         * Properties of a ShutdownRequest.
         * @memberof ingres
         * @interface IShutdownRequest
         */

        /**
         * Constructs a new ShutdownRequest.
         * @memberof ingres
         * @classdesc Represents a ShutdownRequest.
         * @implements IShutdownRequest
         * @constructor
         * @param {ingres.IShutdownRequest=} [properties] Properties to set
         */
        function ShutdownRequest(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * Creates a new ShutdownRequest instance using the specified properties.
         * @function create
         * @memberof ingres.ShutdownRequest
         * @static
         * @param {ingres.IShutdownRequest=} [properties] Properties to set
         * @returns {ingres.ShutdownRequest} ShutdownRequest instance
         */
        ShutdownRequest.create = function create(properties) {
            return new ShutdownRequest(properties);
        };

        /**
         * Encodes the specified ShutdownRequest message. Does not implicitly {@link ingres.ShutdownRequest.verify|verify} messages.
         * @function encode
         * @memberof ingres.ShutdownRequest
         * @static
         * @param {ingres.IShutdownRequest} message ShutdownRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ShutdownRequest.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            return writer;
        };

        /**
         * Encodes the specified ShutdownRequest message, length delimited. Does not implicitly {@link ingres.ShutdownRequest.verify|verify} messages.
         * @function encodeDelimited
         * @memberof ingres.ShutdownRequest
         * @static
         * @param {ingres.IShutdownRequest} message ShutdownRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ShutdownRequest.encodeDelimited = function encodeDelimited(message, writer) {
            return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
        };

        /**
         * Decodes a ShutdownRequest message from the specified reader or buffer.
         * @function decode
         * @memberof ingres.ShutdownRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ingres.ShutdownRequest} ShutdownRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ShutdownRequest.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.ingres.ShutdownRequest();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Decodes a ShutdownRequest message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof ingres.ShutdownRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {ingres.ShutdownRequest} ShutdownRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ShutdownRequest.decodeDelimited = function decodeDelimited(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.uint32());
        };

        /**
         * Verifies a ShutdownRequest message.
         * @function verify
         * @memberof ingres.ShutdownRequest
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        ShutdownRequest.verify = function verify(message, long) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                return "maximum nesting depth exceeded";
            return null;
        };

        /**
         * Creates a ShutdownRequest message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof ingres.ShutdownRequest
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {ingres.ShutdownRequest} ShutdownRequest
         */
        ShutdownRequest.fromObject = function fromObject(object, long) {
            if (object instanceof $root.ingres.ShutdownRequest)
                return object;
            return new $root.ingres.ShutdownRequest();
        };

        /**
         * Creates a plain object from a ShutdownRequest message. Also converts values to other types if specified.
         * @function toObject
         * @memberof ingres.ShutdownRequest
         * @static
         * @param {ingres.ShutdownRequest} message ShutdownRequest
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        ShutdownRequest.toObject = function toObject() {
            return {};
        };

        /**
         * Converts this ShutdownRequest to JSON.
         * @function toJSON
         * @memberof ingres.ShutdownRequest
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        ShutdownRequest.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the default type url for ShutdownRequest
         * @function getTypeUrl
         * @memberof ingres.ShutdownRequest
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        ShutdownRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/ingres.ShutdownRequest";
        };

        return ShutdownRequest;
    })();

    ingres.ShutdownReply = (function() {

        /**
         * Properties of a ShutdownReply.
         * @memberof ingres
         * @interface IShutdownReply
         * @property {number|null} [sessionsClosed] ShutdownReply sessionsClosed
         */

        /**
         * Constructs a new ShutdownReply.
         * @memberof ingres
         * @classdesc Represents a ShutdownReply.
         * @implements IShutdownReply
         * @constructor
         * @param {ingres.IShutdownReply=} [properties] Properties to set
         */
        function ShutdownReply(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * ShutdownReply sessionsClosed.
         * @member {number} sessionsClosed
         * @memberof ingres.ShutdownReply
         * @instance
         */
        ShutdownReply.prototype.sessionsClosed = 0;

        /**
         * Creates a new ShutdownReply instance using the specified properties.
         * @function create
         * @memberof ingres.ShutdownReply
         * @static
         * @param {ingres.IShutdownReply=} [properties] Properties to set
         * @returns {ingres.ShutdownReply} ShutdownReply instance
         */
        ShutdownReply.create = function create(properties) {
            return new ShutdownReply(properties);
        };

        /**
         * Encodes the specified ShutdownReply message. Does not implicitly {@link ingres.ShutdownReply.verify|verify} messages.
         * @function encode
         * @memberof ingres.ShutdownReply
         * @static
         * @param {ingres.IShutdownReply} message ShutdownReply message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ShutdownReply.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.sessionsClosed != null && Object.hasOwnProperty.call(message, "sessionsClosed"))
                writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.sessionsClosed);
            return writer;
        };

        /**
         * Encodes the specified ShutdownReply message, length delimited. Does not implicitly {@link ingres.ShutdownReply.verify|verify} messages.
         * @function encodeDelimited
         * @memberof ingres.ShutdownReply
         * @static
         * @param {ingres.IShutdownReply} message ShutdownReply message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ShutdownReply.encodeDelimited = function encodeDelimited(message, writer) {
            return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
        };

        /**
         * Decodes a ShutdownReply message from the specified reader or buffer.
         * @function decode
         * @memberof ingres.ShutdownReply
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ingres.ShutdownReply} ShutdownReply
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ShutdownReply.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.ingres.ShutdownReply();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.sessionsClosed = reader.uint32();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Decodes a ShutdownReply message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof ingres.ShutdownReply
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {ingres.ShutdownReply} ShutdownReply
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ShutdownReply.decodeDelimited = function decodeDelimited(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.uint32());
        };

        /**
         * Verifies a ShutdownReply message.
         * @function verify
         * @memberof ingres.ShutdownReply
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        ShutdownReply.verify = function verify(message, long) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                return "maximum nesting depth exceeded";
            if (message.sessionsClosed != null && Object.hasOwnProperty.call(message, "sessionsClosed"))
                if (!$util.isInteger(message.sessionsClosed))
                    return "sessionsClosed: integer expected";
            return null;
        };

        /**
         * Creates a ShutdownReply message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof ingres.ShutdownReply
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {ingres.ShutdownReply} ShutdownReply
         */
        ShutdownReply.fromObject = function fromObject(object, long) {
            if (object instanceof $root.ingres.ShutdownReply)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".ingres.ShutdownReply: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.ingres.ShutdownReply();
            if (object.sessionsClosed != null)
                message.sessionsClosed = object.sessionsClosed >>> 0;
            return message;
        };

        /**
         * Creates a plain object from a ShutdownReply message. Also converts values to other types if specified.
         * @function toObject
         * @memberof ingres.ShutdownReply
         * @static
         * @param {ingres.ShutdownReply} message ShutdownReply
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        ShutdownReply.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.defaults)
                object.sessionsClosed = 0;
            if (message.sessionsClosed != null && Object.hasOwnProperty.call(message, "sessionsClosed"))
                object.sessionsClosed = message.sessionsClosed;
            return object;
        };

        /**
         * Converts this ShutdownReply to JSON.
         * @function toJSON
         * @memberof ingres.ShutdownReply
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        ShutdownReply.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the default type url for ShutdownReply
         * @function getTypeUrl
         * @memberof ingres.ShutdownReply
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        ShutdownReply.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/ingres.ShutdownReply";
        };

        return ShutdownReply;
    })();

    /**
     * TypeKind enum.
     * @name ingres.TypeKind
     * @enum {number}
     * @property {number} TYPE_KIND_UNSPECIFIED=0 TYPE_KIND_UNSPECIFIED value
     * @property {number} TYPE_KIND_INT=1 TYPE_KIND_INT value
     * @property {number} TYPE_KIND_FLOAT=2 TYPE_KIND_FLOAT value
     * @property {number} TYPE_KIND_CHAR=3 TYPE_KIND_CHAR value
     */
    ingres.TypeKind = (function() {
        const valuesById = {}, values = Object.create(valuesById);
        values[valuesById[0] = "TYPE_KIND_UNSPECIFIED"] = 0;
        values[valuesById[1] = "TYPE_KIND_INT"] = 1;
        values[valuesById[2] = "TYPE_KIND_FLOAT"] = 2;
        values[valuesById[3] = "TYPE_KIND_CHAR"] = 3;
        return values;
    })();

    ingres.QType = (function() {

        /**
         * Properties of a QType.
         * @memberof ingres
         * @interface IQType
         * @property {ingres.TypeKind|null} [kind] QType kind
         * @property {number|null} [length] QType length
         */

        /**
         * Constructs a new QType.
         * @memberof ingres
         * @classdesc Represents a QType.
         * @implements IQType
         * @constructor
         * @param {ingres.IQType=} [properties] Properties to set
         */
        function QType(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * QType kind.
         * @member {ingres.TypeKind} kind
         * @memberof ingres.QType
         * @instance
         */
        QType.prototype.kind = 0;

        /**
         * QType length.
         * @member {number} length
         * @memberof ingres.QType
         * @instance
         */
        QType.prototype.length = 0;

        /**
         * Creates a new QType instance using the specified properties.
         * @function create
         * @memberof ingres.QType
         * @static
         * @param {ingres.IQType=} [properties] Properties to set
         * @returns {ingres.QType} QType instance
         */
        QType.create = function create(properties) {
            return new QType(properties);
        };

        /**
         * Encodes the specified QType message. Does not implicitly {@link ingres.QType.verify|verify} messages.
         * @function encode
         * @memberof ingres.QType
         * @static
         * @param {ingres.IQType} message QType message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        QType.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.kind != null && Object.hasOwnProperty.call(message, "kind"))
                writer.uint32(/* id 1, wireType 0 =*/8).int32(message.kind);
            if (message.length != null && Object.hasOwnProperty.call(message, "length"))
                writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.length);
            return writer;
        };

        /**
         * Encodes the specified QType message, length delimited. Does not implicitly {@link ingres.QType.verify|verify} messages.
         * @function encodeDelimited
         * @memberof ingres.QType
         * @static
         * @param {ingres.IQType} message QType message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        QType.encodeDelimited = function encodeDelimited(message, writer) {
            return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
        };

        /**
         * Decodes a QType message from the specified reader or buffer.
         * @function decode
         * @memberof ingres.QType
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ingres.QType} QType
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        QType.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.ingres.QType();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.kind = reader.int32();
                        break;
                    }
                case 2: {
                        message.length = reader.uint32();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Decodes a QType message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof ingres.QType
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {ingres.QType} QType
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        QType.decodeDelimited = function decodeDelimited(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.uint32());
        };

        /**
         * Verifies a QType message.
         * @function verify
         * @memberof ingres.QType
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        QType.verify = function verify(message, long) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                return "maximum nesting depth exceeded";
            if (message.kind != null && Object.hasOwnProperty.call(message, "kind"))
                switch (message.kind) {
                default:
                    return "kind: enum value expected";
                case 0:
                case 1:
                case 2:
                case 3:
                    break;
                }
            if (message.length != null && Object.hasOwnProperty.call(message, "length"))
                if (!$util.isInteger(message.length))
                    return "length: integer expected";
            return null;
        };

        /**
         * Creates a QType message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof ingres.QType
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {ingres.QType} QType
         */
        QType.fromObject = function fromObject(object, long) {
            if (object instanceof $root.ingres.QType)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".ingres.QType: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.ingres.QType();
            switch (object.kind) {
            default:
                if (typeof object.kind === "number") {
                    message.kind = object.kind;
                    break;
                }
                break;
            case "TYPE_KIND_UNSPECIFIED":
            case 0:
                message.kind = 0;
                break;
            case "TYPE_KIND_INT":
            case 1:
                message.kind = 1;
                break;
            case "TYPE_KIND_FLOAT":
            case 2:
                message.kind = 2;
                break;
            case "TYPE_KIND_CHAR":
            case 3:
                message.kind = 3;
                break;
            }
            if (object.length != null)
                message.length = object.length >>> 0;
            return message;
        };

        /**
         * Creates a plain object from a QType message. Also converts values to other types if specified.
         * @function toObject
         * @memberof ingres.QType
         * @static
         * @param {ingres.QType} message QType
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        QType.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.kind = options.enums === String ? "TYPE_KIND_UNSPECIFIED" : 0;
                object.length = 0;
            }
            if (message.kind != null && Object.hasOwnProperty.call(message, "kind"))
                object.kind = options.enums === String ? $root.ingres.TypeKind[message.kind] === undefined ? message.kind : $root.ingres.TypeKind[message.kind] : message.kind;
            if (message.length != null && Object.hasOwnProperty.call(message, "length"))
                object.length = message.length;
            return object;
        };

        /**
         * Converts this QType to JSON.
         * @function toJSON
         * @memberof ingres.QType
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        QType.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the default type url for QType
         * @function getTypeUrl
         * @memberof ingres.QType
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        QType.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/ingres.QType";
        };

        return QType;
    })();

    ingres.Value = (function() {

        /**
         * Properties of a Value.
         * @memberof ingres
         * @interface IValue
         * @property {number|null} [intValue] Value intValue
         * @property {number|null} [floatValue] Value floatValue
         * @property {string|null} [charValue] Value charValue
         */

        /**
         * Constructs a new Value.
         * @memberof ingres
         * @classdesc Represents a Value.
         * @implements IValue
         * @constructor
         * @param {ingres.IValue=} [properties] Properties to set
         */
        function Value(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * Value intValue.
         * @member {number|null|undefined} intValue
         * @memberof ingres.Value
         * @instance
         */
        Value.prototype.intValue = null;

        /**
         * Value floatValue.
         * @member {number|null|undefined} floatValue
         * @memberof ingres.Value
         * @instance
         */
        Value.prototype.floatValue = null;

        /**
         * Value charValue.
         * @member {string|null|undefined} charValue
         * @memberof ingres.Value
         * @instance
         */
        Value.prototype.charValue = null;

        // OneOf field names bound to virtual getters and setters
        let $oneOfFields;

        /**
         * Value value.
         * @member {"intValue"|"floatValue"|"charValue"|undefined} value
         * @memberof ingres.Value
         * @instance
         */
        Object.defineProperty(Value.prototype, "value", {
            get: $util.oneOfGetter($oneOfFields = ["intValue", "floatValue", "charValue"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        /**
         * Creates a new Value instance using the specified properties.
         * @function create
         * @memberof ingres.Value
         * @static
         * @param {ingres.IValue=} [properties] Properties to set
         * @returns {ingres.Value} Value instance
         */
        Value.create = function create(properties) {
            return new Value(properties);
        };

        /**
         * Encodes the specified Value message. Does not implicitly {@link ingres.Value.verify|verify} messages.
         * @function encode
         * @memberof ingres.Value
         * @static
         * @param {ingres.IValue} message Value message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Value.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.intValue != null && Object.hasOwnProperty.call(message, "intValue"))
                writer.uint32(/* id 1, wireType 0 =*/8).sint64(message.intValue);
            if (message.floatValue != null && Object.hasOwnProperty.call(message, "floatValue"))
                writer.uint32(/* id 2, wireType 1 =*/17).double(message.floatValue);
            if (message.charValue != null && Object.hasOwnProperty.call(message, "charValue"))
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.charValue);
            return writer;
        };

        /**
         * Encodes the specified Value message, length delimited. Does not implicitly {@link ingres.Value.verify|verify} messages.
         * @function encodeDelimited
         * @memberof ingres.Value
         * @static
         * @param {ingres.IValue} message Value message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Value.encodeDelimited = function encodeDelimited(message, writer) {
            return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
        };

        /**
         * Decodes a Value message from the specified reader or buffer.
         * @function decode
         * @memberof ingres.Value
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ingres.Value} Value
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Value.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.ingres.Value();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.intValue = reader.sint64();
                        break;
                    }
                case 2: {
                        message.floatValue = reader.double();
                        break;
                    }
                case 3: {
                        message.charValue = reader.string();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Decodes a Value message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof ingres.Value
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {ingres.Value} Value
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Value.decodeDelimited = function decodeDelimited(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.uint32());
        };

        /**
         * Verifies a Value message.
         * @function verify
         * @memberof ingres.Value
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        Value.verify = function verify(message, long) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                return "maximum nesting depth exceeded";
            let properties = {};
            if (message.intValue != null && Object.hasOwnProperty.call(message, "intValue")) {
                properties.value = 1;
                if (!$util.isInteger(message.intValue) && !(message.intValue && $util.isInteger(message.intValue.low) && $util.isInteger(message.intValue.high)))
                    return "intValue: integer|Long expected";
            }
            if (message.floatValue != null && Object.hasOwnProperty.call(message, "floatValue")) {
                if (properties.value === 1)
                    return "value: multiple values";
                properties.value = 1;
                if (typeof message.floatValue !== "number")
                    return "floatValue: number expected";
            }
            if (message.charValue != null && Object.hasOwnProperty.call(message, "charValue")) {
                if (properties.value === 1)
                    return "value: multiple values";
                properties.value = 1;
                if (!$util.isString(message.charValue))
                    return "charValue: string expected";
            }
            return null;
        };

        /**
         * Creates a Value message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof ingres.Value
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {ingres.Value} Value
         */
        Value.fromObject = function fromObject(object, long) {
            if (object instanceof $root.ingres.Value)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".ingres.Value: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.ingres.Value();
            if (object.intValue != null)
                if ($util.Long)
                    message.intValue = $util.Long.fromValue(object.intValue, false);
                else if (typeof object.intValue === "string")
                    message.intValue = parseInt(object.intValue, 10);
                else if (typeof object.intValue === "number")
                    message.intValue = object.intValue;
                else if (typeof object.intValue === "object")
                    message.intValue = new $util.LongBits(object.intValue.low >>> 0, object.intValue.high >>> 0).toNumber();
            if (object.floatValue != null)
                message.floatValue = Number(object.floatValue);
            if (object.charValue != null)
                message.charValue = String(object.charValue);
            return message;
        };

        /**
         * Creates a plain object from a Value message. Also converts values to other types if specified.
         * @function toObject
         * @memberof ingres.Value
         * @static
         * @param {ingres.Value} message Value
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        Value.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (message.intValue != null && Object.hasOwnProperty.call(message, "intValue")) {
                if (typeof BigInt !== "undefined" && options.longs === BigInt)
                    object.intValue = typeof message.intValue === "number" ? BigInt(message.intValue) : $util.Long.fromBits(message.intValue.low >>> 0, message.intValue.high >>> 0, false).toBigInt();
                else if (typeof message.intValue === "number")
                    object.intValue = options.longs === String ? String(message.intValue) : message.intValue;
                else
                    object.intValue = options.longs === String ? $util.Long.prototype.toString.call(message.intValue) : options.longs === Number ? new $util.LongBits(message.intValue.low >>> 0, message.intValue.high >>> 0).toNumber() : message.intValue;
                if (options.oneofs)
                    object.value = "intValue";
            }
            if (message.floatValue != null && Object.hasOwnProperty.call(message, "floatValue")) {
                object.floatValue = options.json && !isFinite(message.floatValue) ? String(message.floatValue) : message.floatValue;
                if (options.oneofs)
                    object.value = "floatValue";
            }
            if (message.charValue != null && Object.hasOwnProperty.call(message, "charValue")) {
                object.charValue = message.charValue;
                if (options.oneofs)
                    object.value = "charValue";
            }
            return object;
        };

        /**
         * Converts this Value to JSON.
         * @function toJSON
         * @memberof ingres.Value
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        Value.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the default type url for Value
         * @function getTypeUrl
         * @memberof ingres.Value
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        Value.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/ingres.Value";
        };

        return Value;
    })();

    ingres.Column = (function() {

        /**
         * Properties of a Column.
         * @memberof ingres
         * @interface IColumn
         * @property {string|null} [name] Column name
         * @property {ingres.IQType|null} [type] Column type
         */

        /**
         * Constructs a new Column.
         * @memberof ingres
         * @classdesc Represents a Column.
         * @implements IColumn
         * @constructor
         * @param {ingres.IColumn=} [properties] Properties to set
         */
        function Column(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * Column name.
         * @member {string} name
         * @memberof ingres.Column
         * @instance
         */
        Column.prototype.name = "";

        /**
         * Column type.
         * @member {ingres.IQType|null|undefined} type
         * @memberof ingres.Column
         * @instance
         */
        Column.prototype.type = null;

        /**
         * Creates a new Column instance using the specified properties.
         * @function create
         * @memberof ingres.Column
         * @static
         * @param {ingres.IColumn=} [properties] Properties to set
         * @returns {ingres.Column} Column instance
         */
        Column.create = function create(properties) {
            return new Column(properties);
        };

        /**
         * Encodes the specified Column message. Does not implicitly {@link ingres.Column.verify|verify} messages.
         * @function encode
         * @memberof ingres.Column
         * @static
         * @param {ingres.IColumn} message Column message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Column.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
            if (message.type != null && Object.hasOwnProperty.call(message, "type"))
                $root.ingres.QType.encode(message.type, writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
            return writer;
        };

        /**
         * Encodes the specified Column message, length delimited. Does not implicitly {@link ingres.Column.verify|verify} messages.
         * @function encodeDelimited
         * @memberof ingres.Column
         * @static
         * @param {ingres.IColumn} message Column message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Column.encodeDelimited = function encodeDelimited(message, writer) {
            return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
        };

        /**
         * Decodes a Column message from the specified reader or buffer.
         * @function decode
         * @memberof ingres.Column
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ingres.Column} Column
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Column.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.ingres.Column();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.name = reader.string();
                        break;
                    }
                case 2: {
                        message.type = $root.ingres.QType.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Decodes a Column message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof ingres.Column
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {ingres.Column} Column
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Column.decodeDelimited = function decodeDelimited(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.uint32());
        };

        /**
         * Verifies a Column message.
         * @function verify
         * @memberof ingres.Column
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        Column.verify = function verify(message, long) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                return "maximum nesting depth exceeded";
            if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                if (!$util.isString(message.name))
                    return "name: string expected";
            if (message.type != null && Object.hasOwnProperty.call(message, "type")) {
                let error = $root.ingres.QType.verify(message.type, long + 1);
                if (error)
                    return "type." + error;
            }
            return null;
        };

        /**
         * Creates a Column message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof ingres.Column
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {ingres.Column} Column
         */
        Column.fromObject = function fromObject(object, long) {
            if (object instanceof $root.ingres.Column)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".ingres.Column: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.ingres.Column();
            if (object.name != null)
                message.name = String(object.name);
            if (object.type != null) {
                if (!$util.isObject(object.type))
                    throw TypeError(".ingres.Column.type: object expected");
                message.type = $root.ingres.QType.fromObject(object.type, long + 1);
            }
            return message;
        };

        /**
         * Creates a plain object from a Column message. Also converts values to other types if specified.
         * @function toObject
         * @memberof ingres.Column
         * @static
         * @param {ingres.Column} message Column
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        Column.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.name = "";
                object.type = null;
            }
            if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                object.name = message.name;
            if (message.type != null && Object.hasOwnProperty.call(message, "type"))
                object.type = $root.ingres.QType.toObject(message.type, options, q + 1);
            return object;
        };

        /**
         * Converts this Column to JSON.
         * @function toJSON
         * @memberof ingres.Column
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        Column.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the default type url for Column
         * @function getTypeUrl
         * @memberof ingres.Column
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        Column.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/ingres.Column";
        };

        return Column;
    })();

    ingres.Row = (function() {

        /**
         * Properties of a Row.
         * @memberof ingres
         * @interface IRow
         * @property {Array.<ingres.IValue>|null} [values] Row values
         */

        /**
         * Constructs a new Row.
         * @memberof ingres
         * @classdesc Represents a Row.
         * @implements IRow
         * @constructor
         * @param {ingres.IRow=} [properties] Properties to set
         */
        function Row(properties) {
            this.values = [];
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * Row values.
         * @member {Array.<ingres.IValue>} values
         * @memberof ingres.Row
         * @instance
         */
        Row.prototype.values = $util.emptyArray;

        /**
         * Creates a new Row instance using the specified properties.
         * @function create
         * @memberof ingres.Row
         * @static
         * @param {ingres.IRow=} [properties] Properties to set
         * @returns {ingres.Row} Row instance
         */
        Row.create = function create(properties) {
            return new Row(properties);
        };

        /**
         * Encodes the specified Row message. Does not implicitly {@link ingres.Row.verify|verify} messages.
         * @function encode
         * @memberof ingres.Row
         * @static
         * @param {ingres.IRow} message Row message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Row.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.values != null && message.values.length)
                for (let i = 0; i < message.values.length; ++i)
                    $root.ingres.Value.encode(message.values[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            return writer;
        };

        /**
         * Encodes the specified Row message, length delimited. Does not implicitly {@link ingres.Row.verify|verify} messages.
         * @function encodeDelimited
         * @memberof ingres.Row
         * @static
         * @param {ingres.IRow} message Row message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Row.encodeDelimited = function encodeDelimited(message, writer) {
            return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
        };

        /**
         * Decodes a Row message from the specified reader or buffer.
         * @function decode
         * @memberof ingres.Row
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ingres.Row} Row
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Row.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.ingres.Row();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        if (!(message.values && message.values.length))
                            message.values = [];
                        message.values.push($root.ingres.Value.decode(reader, reader.uint32(), undefined, long + 1));
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Decodes a Row message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof ingres.Row
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {ingres.Row} Row
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Row.decodeDelimited = function decodeDelimited(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.uint32());
        };

        /**
         * Verifies a Row message.
         * @function verify
         * @memberof ingres.Row
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        Row.verify = function verify(message, long) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                return "maximum nesting depth exceeded";
            if (message.values != null && Object.hasOwnProperty.call(message, "values")) {
                if (!Array.isArray(message.values))
                    return "values: array expected";
                for (let i = 0; i < message.values.length; ++i) {
                    let error = $root.ingres.Value.verify(message.values[i], long + 1);
                    if (error)
                        return "values." + error;
                }
            }
            return null;
        };

        /**
         * Creates a Row message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof ingres.Row
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {ingres.Row} Row
         */
        Row.fromObject = function fromObject(object, long) {
            if (object instanceof $root.ingres.Row)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".ingres.Row: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.ingres.Row();
            if (object.values) {
                if (!Array.isArray(object.values))
                    throw TypeError(".ingres.Row.values: array expected");
                message.values = [];
                for (let i = 0; i < object.values.length; ++i) {
                    if (!$util.isObject(object.values[i]))
                        throw TypeError(".ingres.Row.values: object expected");
                    message.values[i] = $root.ingres.Value.fromObject(object.values[i], long + 1);
                }
            }
            return message;
        };

        /**
         * Creates a plain object from a Row message. Also converts values to other types if specified.
         * @function toObject
         * @memberof ingres.Row
         * @static
         * @param {ingres.Row} message Row
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        Row.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.values = [];
            if (message.values && message.values.length) {
                object.values = [];
                for (let j = 0; j < message.values.length; ++j)
                    object.values[j] = $root.ingres.Value.toObject(message.values[j], options, q + 1);
            }
            return object;
        };

        /**
         * Converts this Row to JSON.
         * @function toJSON
         * @memberof ingres.Row
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        Row.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the default type url for Row
         * @function getTypeUrl
         * @memberof ingres.Row
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        Row.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/ingres.Row";
        };

        return Row;
    })();

    ingres.ErrorInfo = (function() {

        /**
         * Properties of an ErrorInfo.
         * @memberof ingres
         * @interface IErrorInfo
         * @property {number|null} [code] ErrorInfo code
         * @property {string|null} [message] ErrorInfo message
         * @property {string|null} [detail] ErrorInfo detail
         * @property {string|null} [hint] ErrorInfo hint
         * @property {string|null} [host] ErrorInfo host
         * @property {boolean|null} [retryable] ErrorInfo retryable
         */

        /**
         * Constructs a new ErrorInfo.
         * @memberof ingres
         * @classdesc Represents an ErrorInfo.
         * @implements IErrorInfo
         * @constructor
         * @param {ingres.IErrorInfo=} [properties] Properties to set
         */
        function ErrorInfo(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * ErrorInfo code.
         * @member {number} code
         * @memberof ingres.ErrorInfo
         * @instance
         */
        ErrorInfo.prototype.code = 0;

        /**
         * ErrorInfo message.
         * @member {string} message
         * @memberof ingres.ErrorInfo
         * @instance
         */
        ErrorInfo.prototype.message = "";

        /**
         * ErrorInfo detail.
         * @member {string} detail
         * @memberof ingres.ErrorInfo
         * @instance
         */
        ErrorInfo.prototype.detail = "";

        /**
         * ErrorInfo hint.
         * @member {string} hint
         * @memberof ingres.ErrorInfo
         * @instance
         */
        ErrorInfo.prototype.hint = "";

        /**
         * ErrorInfo host.
         * @member {string} host
         * @memberof ingres.ErrorInfo
         * @instance
         */
        ErrorInfo.prototype.host = "";

        /**
         * ErrorInfo retryable.
         * @member {boolean} retryable
         * @memberof ingres.ErrorInfo
         * @instance
         */
        ErrorInfo.prototype.retryable = false;

        /**
         * Creates a new ErrorInfo instance using the specified properties.
         * @function create
         * @memberof ingres.ErrorInfo
         * @static
         * @param {ingres.IErrorInfo=} [properties] Properties to set
         * @returns {ingres.ErrorInfo} ErrorInfo instance
         */
        ErrorInfo.create = function create(properties) {
            return new ErrorInfo(properties);
        };

        /**
         * Encodes the specified ErrorInfo message. Does not implicitly {@link ingres.ErrorInfo.verify|verify} messages.
         * @function encode
         * @memberof ingres.ErrorInfo
         * @static
         * @param {ingres.IErrorInfo} message ErrorInfo message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ErrorInfo.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.code != null && Object.hasOwnProperty.call(message, "code"))
                writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.code);
            if (message.message != null && Object.hasOwnProperty.call(message, "message"))
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.message);
            if (message.detail != null && Object.hasOwnProperty.call(message, "detail"))
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.detail);
            if (message.hint != null && Object.hasOwnProperty.call(message, "hint"))
                writer.uint32(/* id 4, wireType 2 =*/34).string(message.hint);
            if (message.host != null && Object.hasOwnProperty.call(message, "host"))
                writer.uint32(/* id 5, wireType 2 =*/42).string(message.host);
            if (message.retryable != null && Object.hasOwnProperty.call(message, "retryable"))
                writer.uint32(/* id 6, wireType 0 =*/48).bool(message.retryable);
            return writer;
        };

        /**
         * Encodes the specified ErrorInfo message, length delimited. Does not implicitly {@link ingres.ErrorInfo.verify|verify} messages.
         * @function encodeDelimited
         * @memberof ingres.ErrorInfo
         * @static
         * @param {ingres.IErrorInfo} message ErrorInfo message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ErrorInfo.encodeDelimited = function encodeDelimited(message, writer) {
            return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
        };

        /**
         * Decodes an ErrorInfo message from the specified reader or buffer.
         * @function decode
         * @memberof ingres.ErrorInfo
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ingres.ErrorInfo} ErrorInfo
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ErrorInfo.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.ingres.ErrorInfo();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.code = reader.uint32();
                        break;
                    }
                case 2: {
                        message.message = reader.string();
                        break;
                    }
                case 3: {
                        message.detail = reader.string();
                        break;
                    }
                case 4: {
                        message.hint = reader.string();
                        break;
                    }
                case 5: {
                        message.host = reader.string();
                        break;
                    }
                case 6: {
                        message.retryable = reader.bool();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Decodes an ErrorInfo message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof ingres.ErrorInfo
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {ingres.ErrorInfo} ErrorInfo
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ErrorInfo.decodeDelimited = function decodeDelimited(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.uint32());
        };

        /**
         * Verifies an ErrorInfo message.
         * @function verify
         * @memberof ingres.ErrorInfo
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        ErrorInfo.verify = function verify(message, long) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                return "maximum nesting depth exceeded";
            if (message.code != null && Object.hasOwnProperty.call(message, "code"))
                if (!$util.isInteger(message.code))
                    return "code: integer expected";
            if (message.message != null && Object.hasOwnProperty.call(message, "message"))
                if (!$util.isString(message.message))
                    return "message: string expected";
            if (message.detail != null && Object.hasOwnProperty.call(message, "detail"))
                if (!$util.isString(message.detail))
                    return "detail: string expected";
            if (message.hint != null && Object.hasOwnProperty.call(message, "hint"))
                if (!$util.isString(message.hint))
                    return "hint: string expected";
            if (message.host != null && Object.hasOwnProperty.call(message, "host"))
                if (!$util.isString(message.host))
                    return "host: string expected";
            if (message.retryable != null && Object.hasOwnProperty.call(message, "retryable"))
                if (typeof message.retryable !== "boolean")
                    return "retryable: boolean expected";
            return null;
        };

        /**
         * Creates an ErrorInfo message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof ingres.ErrorInfo
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {ingres.ErrorInfo} ErrorInfo
         */
        ErrorInfo.fromObject = function fromObject(object, long) {
            if (object instanceof $root.ingres.ErrorInfo)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".ingres.ErrorInfo: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.ingres.ErrorInfo();
            if (object.code != null)
                message.code = object.code >>> 0;
            if (object.message != null)
                message.message = String(object.message);
            if (object.detail != null)
                message.detail = String(object.detail);
            if (object.hint != null)
                message.hint = String(object.hint);
            if (object.host != null)
                message.host = String(object.host);
            if (object.retryable != null)
                message.retryable = Boolean(object.retryable);
            return message;
        };

        /**
         * Creates a plain object from an ErrorInfo message. Also converts values to other types if specified.
         * @function toObject
         * @memberof ingres.ErrorInfo
         * @static
         * @param {ingres.ErrorInfo} message ErrorInfo
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        ErrorInfo.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.code = 0;
                object.message = "";
                object.detail = "";
                object.hint = "";
                object.host = "";
                object.retryable = false;
            }
            if (message.code != null && Object.hasOwnProperty.call(message, "code"))
                object.code = message.code;
            if (message.message != null && Object.hasOwnProperty.call(message, "message"))
                object.message = message.message;
            if (message.detail != null && Object.hasOwnProperty.call(message, "detail"))
                object.detail = message.detail;
            if (message.hint != null && Object.hasOwnProperty.call(message, "hint"))
                object.hint = message.hint;
            if (message.host != null && Object.hasOwnProperty.call(message, "host"))
                object.host = message.host;
            if (message.retryable != null && Object.hasOwnProperty.call(message, "retryable"))
                object.retryable = message.retryable;
            return object;
        };

        /**
         * Converts this ErrorInfo to JSON.
         * @function toJSON
         * @memberof ingres.ErrorInfo
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        ErrorInfo.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the default type url for ErrorInfo
         * @function getTypeUrl
         * @memberof ingres.ErrorInfo
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        ErrorInfo.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/ingres.ErrorInfo";
        };

        return ErrorInfo;
    })();

    ingres.Rise = (function() {

        /**
         * Properties of a Rise.
         * @memberof ingres
         * @interface IRise
         * @property {string|null} [database] Rise database
         * @property {string|null} [host] Rise host
         * @property {boolean|null} [waitsys] Rise waitsys
         * @property {number|null} [epoch] Rise epoch
         */

        /**
         * Constructs a new Rise.
         * @memberof ingres
         * @classdesc Represents a Rise.
         * @implements IRise
         * @constructor
         * @param {ingres.IRise=} [properties] Properties to set
         */
        function Rise(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * Rise database.
         * @member {string} database
         * @memberof ingres.Rise
         * @instance
         */
        Rise.prototype.database = "";

        /**
         * Rise host.
         * @member {string} host
         * @memberof ingres.Rise
         * @instance
         */
        Rise.prototype.host = "";

        /**
         * Rise waitsys.
         * @member {boolean} waitsys
         * @memberof ingres.Rise
         * @instance
         */
        Rise.prototype.waitsys = false;

        /**
         * Rise epoch.
         * @member {number} epoch
         * @memberof ingres.Rise
         * @instance
         */
        Rise.prototype.epoch = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * Creates a new Rise instance using the specified properties.
         * @function create
         * @memberof ingres.Rise
         * @static
         * @param {ingres.IRise=} [properties] Properties to set
         * @returns {ingres.Rise} Rise instance
         */
        Rise.create = function create(properties) {
            return new Rise(properties);
        };

        /**
         * Encodes the specified Rise message. Does not implicitly {@link ingres.Rise.verify|verify} messages.
         * @function encode
         * @memberof ingres.Rise
         * @static
         * @param {ingres.IRise} message Rise message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Rise.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.database != null && Object.hasOwnProperty.call(message, "database"))
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.database);
            if (message.host != null && Object.hasOwnProperty.call(message, "host"))
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.host);
            if (message.waitsys != null && Object.hasOwnProperty.call(message, "waitsys"))
                writer.uint32(/* id 3, wireType 0 =*/24).bool(message.waitsys);
            if (message.epoch != null && Object.hasOwnProperty.call(message, "epoch"))
                writer.uint32(/* id 4, wireType 0 =*/32).sint64(message.epoch);
            return writer;
        };

        /**
         * Encodes the specified Rise message, length delimited. Does not implicitly {@link ingres.Rise.verify|verify} messages.
         * @function encodeDelimited
         * @memberof ingres.Rise
         * @static
         * @param {ingres.IRise} message Rise message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Rise.encodeDelimited = function encodeDelimited(message, writer) {
            return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
        };

        /**
         * Decodes a Rise message from the specified reader or buffer.
         * @function decode
         * @memberof ingres.Rise
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ingres.Rise} Rise
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Rise.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.ingres.Rise();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.database = reader.string();
                        break;
                    }
                case 2: {
                        message.host = reader.string();
                        break;
                    }
                case 3: {
                        message.waitsys = reader.bool();
                        break;
                    }
                case 4: {
                        message.epoch = reader.sint64();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Decodes a Rise message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof ingres.Rise
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {ingres.Rise} Rise
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Rise.decodeDelimited = function decodeDelimited(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.uint32());
        };

        /**
         * Verifies a Rise message.
         * @function verify
         * @memberof ingres.Rise
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        Rise.verify = function verify(message, long) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                return "maximum nesting depth exceeded";
            if (message.database != null && Object.hasOwnProperty.call(message, "database"))
                if (!$util.isString(message.database))
                    return "database: string expected";
            if (message.host != null && Object.hasOwnProperty.call(message, "host"))
                if (!$util.isString(message.host))
                    return "host: string expected";
            if (message.waitsys != null && Object.hasOwnProperty.call(message, "waitsys"))
                if (typeof message.waitsys !== "boolean")
                    return "waitsys: boolean expected";
            if (message.epoch != null && Object.hasOwnProperty.call(message, "epoch"))
                if (!$util.isInteger(message.epoch) && !(message.epoch && $util.isInteger(message.epoch.low) && $util.isInteger(message.epoch.high)))
                    return "epoch: integer|Long expected";
            return null;
        };

        /**
         * Creates a Rise message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof ingres.Rise
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {ingres.Rise} Rise
         */
        Rise.fromObject = function fromObject(object, long) {
            if (object instanceof $root.ingres.Rise)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".ingres.Rise: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.ingres.Rise();
            if (object.database != null)
                message.database = String(object.database);
            if (object.host != null)
                message.host = String(object.host);
            if (object.waitsys != null)
                message.waitsys = Boolean(object.waitsys);
            if (object.epoch != null)
                if ($util.Long)
                    message.epoch = $util.Long.fromValue(object.epoch, false);
                else if (typeof object.epoch === "string")
                    message.epoch = parseInt(object.epoch, 10);
                else if (typeof object.epoch === "number")
                    message.epoch = object.epoch;
                else if (typeof object.epoch === "object")
                    message.epoch = new $util.LongBits(object.epoch.low >>> 0, object.epoch.high >>> 0).toNumber();
            return message;
        };

        /**
         * Creates a plain object from a Rise message. Also converts values to other types if specified.
         * @function toObject
         * @memberof ingres.Rise
         * @static
         * @param {ingres.Rise} message Rise
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        Rise.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.database = "";
                object.host = "";
                object.waitsys = false;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.epoch = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                } else
                    object.epoch = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
            }
            if (message.database != null && Object.hasOwnProperty.call(message, "database"))
                object.database = message.database;
            if (message.host != null && Object.hasOwnProperty.call(message, "host"))
                object.host = message.host;
            if (message.waitsys != null && Object.hasOwnProperty.call(message, "waitsys"))
                object.waitsys = message.waitsys;
            if (message.epoch != null && Object.hasOwnProperty.call(message, "epoch"))
                if (typeof BigInt !== "undefined" && options.longs === BigInt)
                    object.epoch = typeof message.epoch === "number" ? BigInt(message.epoch) : $util.Long.fromBits(message.epoch.low >>> 0, message.epoch.high >>> 0, false).toBigInt();
                else if (typeof message.epoch === "number")
                    object.epoch = options.longs === String ? String(message.epoch) : message.epoch;
                else
                    object.epoch = options.longs === String ? $util.Long.prototype.toString.call(message.epoch) : options.longs === Number ? new $util.LongBits(message.epoch.low >>> 0, message.epoch.high >>> 0).toNumber() : message.epoch;
            return object;
        };

        /**
         * Converts this Rise to JSON.
         * @function toJSON
         * @memberof ingres.Rise
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        Rise.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the default type url for Rise
         * @function getTypeUrl
         * @memberof ingres.Rise
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        Rise.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/ingres.Rise";
        };

        return Rise;
    })();

    ingres.RiseResp = (function() {

        /**
         * Properties of a RiseResp.
         * @memberof ingres
         * @interface IRiseResp
         * @property {string|null} [database] RiseResp database
         * @property {string|null} [host] RiseResp host
         * @property {boolean|null} [ldb] RiseResp ldb
         * @property {boolean|null} [waitsys] RiseResp waitsys
         * @property {boolean|null} [cons] RiseResp cons
         * @property {number|null} [epoch] RiseResp epoch
         * @property {Array.<string>|null} [hosts] RiseResp hosts
         */

        /**
         * Constructs a new RiseResp.
         * @memberof ingres
         * @classdesc Represents a RiseResp.
         * @implements IRiseResp
         * @constructor
         * @param {ingres.IRiseResp=} [properties] Properties to set
         */
        function RiseResp(properties) {
            this.hosts = [];
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * RiseResp database.
         * @member {string} database
         * @memberof ingres.RiseResp
         * @instance
         */
        RiseResp.prototype.database = "";

        /**
         * RiseResp host.
         * @member {string} host
         * @memberof ingres.RiseResp
         * @instance
         */
        RiseResp.prototype.host = "";

        /**
         * RiseResp ldb.
         * @member {boolean} ldb
         * @memberof ingres.RiseResp
         * @instance
         */
        RiseResp.prototype.ldb = false;

        /**
         * RiseResp waitsys.
         * @member {boolean} waitsys
         * @memberof ingres.RiseResp
         * @instance
         */
        RiseResp.prototype.waitsys = false;

        /**
         * RiseResp cons.
         * @member {boolean} cons
         * @memberof ingres.RiseResp
         * @instance
         */
        RiseResp.prototype.cons = false;

        /**
         * RiseResp epoch.
         * @member {number} epoch
         * @memberof ingres.RiseResp
         * @instance
         */
        RiseResp.prototype.epoch = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * RiseResp hosts.
         * @member {Array.<string>} hosts
         * @memberof ingres.RiseResp
         * @instance
         */
        RiseResp.prototype.hosts = $util.emptyArray;

        /**
         * Creates a new RiseResp instance using the specified properties.
         * @function create
         * @memberof ingres.RiseResp
         * @static
         * @param {ingres.IRiseResp=} [properties] Properties to set
         * @returns {ingres.RiseResp} RiseResp instance
         */
        RiseResp.create = function create(properties) {
            return new RiseResp(properties);
        };

        /**
         * Encodes the specified RiseResp message. Does not implicitly {@link ingres.RiseResp.verify|verify} messages.
         * @function encode
         * @memberof ingres.RiseResp
         * @static
         * @param {ingres.IRiseResp} message RiseResp message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        RiseResp.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.database != null && Object.hasOwnProperty.call(message, "database"))
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.database);
            if (message.host != null && Object.hasOwnProperty.call(message, "host"))
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.host);
            if (message.ldb != null && Object.hasOwnProperty.call(message, "ldb"))
                writer.uint32(/* id 3, wireType 0 =*/24).bool(message.ldb);
            if (message.waitsys != null && Object.hasOwnProperty.call(message, "waitsys"))
                writer.uint32(/* id 4, wireType 0 =*/32).bool(message.waitsys);
            if (message.cons != null && Object.hasOwnProperty.call(message, "cons"))
                writer.uint32(/* id 5, wireType 0 =*/40).bool(message.cons);
            if (message.epoch != null && Object.hasOwnProperty.call(message, "epoch"))
                writer.uint32(/* id 6, wireType 0 =*/48).sint64(message.epoch);
            if (message.hosts != null && message.hosts.length)
                for (let i = 0; i < message.hosts.length; ++i)
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.hosts[i]);
            return writer;
        };

        /**
         * Encodes the specified RiseResp message, length delimited. Does not implicitly {@link ingres.RiseResp.verify|verify} messages.
         * @function encodeDelimited
         * @memberof ingres.RiseResp
         * @static
         * @param {ingres.IRiseResp} message RiseResp message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        RiseResp.encodeDelimited = function encodeDelimited(message, writer) {
            return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
        };

        /**
         * Decodes a RiseResp message from the specified reader or buffer.
         * @function decode
         * @memberof ingres.RiseResp
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ingres.RiseResp} RiseResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        RiseResp.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.ingres.RiseResp();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.database = reader.string();
                        break;
                    }
                case 2: {
                        message.host = reader.string();
                        break;
                    }
                case 3: {
                        message.ldb = reader.bool();
                        break;
                    }
                case 4: {
                        message.waitsys = reader.bool();
                        break;
                    }
                case 5: {
                        message.cons = reader.bool();
                        break;
                    }
                case 6: {
                        message.epoch = reader.sint64();
                        break;
                    }
                case 7: {
                        if (!(message.hosts && message.hosts.length))
                            message.hosts = [];
                        message.hosts.push(reader.string());
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Decodes a RiseResp message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof ingres.RiseResp
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {ingres.RiseResp} RiseResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        RiseResp.decodeDelimited = function decodeDelimited(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.uint32());
        };

        /**
         * Verifies a RiseResp message.
         * @function verify
         * @memberof ingres.RiseResp
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        RiseResp.verify = function verify(message, long) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                return "maximum nesting depth exceeded";
            if (message.database != null && Object.hasOwnProperty.call(message, "database"))
                if (!$util.isString(message.database))
                    return "database: string expected";
            if (message.host != null && Object.hasOwnProperty.call(message, "host"))
                if (!$util.isString(message.host))
                    return "host: string expected";
            if (message.ldb != null && Object.hasOwnProperty.call(message, "ldb"))
                if (typeof message.ldb !== "boolean")
                    return "ldb: boolean expected";
            if (message.waitsys != null && Object.hasOwnProperty.call(message, "waitsys"))
                if (typeof message.waitsys !== "boolean")
                    return "waitsys: boolean expected";
            if (message.cons != null && Object.hasOwnProperty.call(message, "cons"))
                if (typeof message.cons !== "boolean")
                    return "cons: boolean expected";
            if (message.epoch != null && Object.hasOwnProperty.call(message, "epoch"))
                if (!$util.isInteger(message.epoch) && !(message.epoch && $util.isInteger(message.epoch.low) && $util.isInteger(message.epoch.high)))
                    return "epoch: integer|Long expected";
            if (message.hosts != null && Object.hasOwnProperty.call(message, "hosts")) {
                if (!Array.isArray(message.hosts))
                    return "hosts: array expected";
                for (let i = 0; i < message.hosts.length; ++i)
                    if (!$util.isString(message.hosts[i]))
                        return "hosts: string[] expected";
            }
            return null;
        };

        /**
         * Creates a RiseResp message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof ingres.RiseResp
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {ingres.RiseResp} RiseResp
         */
        RiseResp.fromObject = function fromObject(object, long) {
            if (object instanceof $root.ingres.RiseResp)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".ingres.RiseResp: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.ingres.RiseResp();
            if (object.database != null)
                message.database = String(object.database);
            if (object.host != null)
                message.host = String(object.host);
            if (object.ldb != null)
                message.ldb = Boolean(object.ldb);
            if (object.waitsys != null)
                message.waitsys = Boolean(object.waitsys);
            if (object.cons != null)
                message.cons = Boolean(object.cons);
            if (object.epoch != null)
                if ($util.Long)
                    message.epoch = $util.Long.fromValue(object.epoch, false);
                else if (typeof object.epoch === "string")
                    message.epoch = parseInt(object.epoch, 10);
                else if (typeof object.epoch === "number")
                    message.epoch = object.epoch;
                else if (typeof object.epoch === "object")
                    message.epoch = new $util.LongBits(object.epoch.low >>> 0, object.epoch.high >>> 0).toNumber();
            if (object.hosts) {
                if (!Array.isArray(object.hosts))
                    throw TypeError(".ingres.RiseResp.hosts: array expected");
                message.hosts = [];
                for (let i = 0; i < object.hosts.length; ++i)
                    message.hosts[i] = String(object.hosts[i]);
            }
            return message;
        };

        /**
         * Creates a plain object from a RiseResp message. Also converts values to other types if specified.
         * @function toObject
         * @memberof ingres.RiseResp
         * @static
         * @param {ingres.RiseResp} message RiseResp
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        RiseResp.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.hosts = [];
            if (options.defaults) {
                object.database = "";
                object.host = "";
                object.ldb = false;
                object.waitsys = false;
                object.cons = false;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.epoch = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                } else
                    object.epoch = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
            }
            if (message.database != null && Object.hasOwnProperty.call(message, "database"))
                object.database = message.database;
            if (message.host != null && Object.hasOwnProperty.call(message, "host"))
                object.host = message.host;
            if (message.ldb != null && Object.hasOwnProperty.call(message, "ldb"))
                object.ldb = message.ldb;
            if (message.waitsys != null && Object.hasOwnProperty.call(message, "waitsys"))
                object.waitsys = message.waitsys;
            if (message.cons != null && Object.hasOwnProperty.call(message, "cons"))
                object.cons = message.cons;
            if (message.epoch != null && Object.hasOwnProperty.call(message, "epoch"))
                if (typeof BigInt !== "undefined" && options.longs === BigInt)
                    object.epoch = typeof message.epoch === "number" ? BigInt(message.epoch) : $util.Long.fromBits(message.epoch.low >>> 0, message.epoch.high >>> 0, false).toBigInt();
                else if (typeof message.epoch === "number")
                    object.epoch = options.longs === String ? String(message.epoch) : message.epoch;
                else
                    object.epoch = options.longs === String ? $util.Long.prototype.toString.call(message.epoch) : options.longs === Number ? new $util.LongBits(message.epoch.low >>> 0, message.epoch.high >>> 0).toNumber() : message.epoch;
            if (message.hosts && message.hosts.length) {
                object.hosts = [];
                for (let j = 0; j < message.hosts.length; ++j)
                    object.hosts[j] = message.hosts[j];
            }
            return object;
        };

        /**
         * Converts this RiseResp to JSON.
         * @function toJSON
         * @memberof ingres.RiseResp
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        RiseResp.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the default type url for RiseResp
         * @function getTypeUrl
         * @memberof ingres.RiseResp
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        RiseResp.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/ingres.RiseResp";
        };

        return RiseResp;
    })();

    ingres.Heartbeat = (function() {

        /**
         * Properties of a Heartbeat.
         * @memberof ingres
         * @interface IHeartbeat
         * @property {string|null} [database] Heartbeat database
         * @property {string|null} [host] Heartbeat host
         * @property {boolean|null} [waitsys] Heartbeat waitsys
         * @property {number|null} [epoch] Heartbeat epoch
         */

        /**
         * Constructs a new Heartbeat.
         * @memberof ingres
         * @classdesc Represents a Heartbeat.
         * @implements IHeartbeat
         * @constructor
         * @param {ingres.IHeartbeat=} [properties] Properties to set
         */
        function Heartbeat(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * Heartbeat database.
         * @member {string} database
         * @memberof ingres.Heartbeat
         * @instance
         */
        Heartbeat.prototype.database = "";

        /**
         * Heartbeat host.
         * @member {string} host
         * @memberof ingres.Heartbeat
         * @instance
         */
        Heartbeat.prototype.host = "";

        /**
         * Heartbeat waitsys.
         * @member {boolean} waitsys
         * @memberof ingres.Heartbeat
         * @instance
         */
        Heartbeat.prototype.waitsys = false;

        /**
         * Heartbeat epoch.
         * @member {number} epoch
         * @memberof ingres.Heartbeat
         * @instance
         */
        Heartbeat.prototype.epoch = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * Creates a new Heartbeat instance using the specified properties.
         * @function create
         * @memberof ingres.Heartbeat
         * @static
         * @param {ingres.IHeartbeat=} [properties] Properties to set
         * @returns {ingres.Heartbeat} Heartbeat instance
         */
        Heartbeat.create = function create(properties) {
            return new Heartbeat(properties);
        };

        /**
         * Encodes the specified Heartbeat message. Does not implicitly {@link ingres.Heartbeat.verify|verify} messages.
         * @function encode
         * @memberof ingres.Heartbeat
         * @static
         * @param {ingres.IHeartbeat} message Heartbeat message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Heartbeat.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.database != null && Object.hasOwnProperty.call(message, "database"))
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.database);
            if (message.host != null && Object.hasOwnProperty.call(message, "host"))
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.host);
            if (message.waitsys != null && Object.hasOwnProperty.call(message, "waitsys"))
                writer.uint32(/* id 3, wireType 0 =*/24).bool(message.waitsys);
            if (message.epoch != null && Object.hasOwnProperty.call(message, "epoch"))
                writer.uint32(/* id 4, wireType 0 =*/32).sint64(message.epoch);
            return writer;
        };

        /**
         * Encodes the specified Heartbeat message, length delimited. Does not implicitly {@link ingres.Heartbeat.verify|verify} messages.
         * @function encodeDelimited
         * @memberof ingres.Heartbeat
         * @static
         * @param {ingres.IHeartbeat} message Heartbeat message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Heartbeat.encodeDelimited = function encodeDelimited(message, writer) {
            return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
        };

        /**
         * Decodes a Heartbeat message from the specified reader or buffer.
         * @function decode
         * @memberof ingres.Heartbeat
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ingres.Heartbeat} Heartbeat
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Heartbeat.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.ingres.Heartbeat();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.database = reader.string();
                        break;
                    }
                case 2: {
                        message.host = reader.string();
                        break;
                    }
                case 3: {
                        message.waitsys = reader.bool();
                        break;
                    }
                case 4: {
                        message.epoch = reader.sint64();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Decodes a Heartbeat message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof ingres.Heartbeat
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {ingres.Heartbeat} Heartbeat
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Heartbeat.decodeDelimited = function decodeDelimited(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.uint32());
        };

        /**
         * Verifies a Heartbeat message.
         * @function verify
         * @memberof ingres.Heartbeat
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        Heartbeat.verify = function verify(message, long) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                return "maximum nesting depth exceeded";
            if (message.database != null && Object.hasOwnProperty.call(message, "database"))
                if (!$util.isString(message.database))
                    return "database: string expected";
            if (message.host != null && Object.hasOwnProperty.call(message, "host"))
                if (!$util.isString(message.host))
                    return "host: string expected";
            if (message.waitsys != null && Object.hasOwnProperty.call(message, "waitsys"))
                if (typeof message.waitsys !== "boolean")
                    return "waitsys: boolean expected";
            if (message.epoch != null && Object.hasOwnProperty.call(message, "epoch"))
                if (!$util.isInteger(message.epoch) && !(message.epoch && $util.isInteger(message.epoch.low) && $util.isInteger(message.epoch.high)))
                    return "epoch: integer|Long expected";
            return null;
        };

        /**
         * Creates a Heartbeat message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof ingres.Heartbeat
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {ingres.Heartbeat} Heartbeat
         */
        Heartbeat.fromObject = function fromObject(object, long) {
            if (object instanceof $root.ingres.Heartbeat)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".ingres.Heartbeat: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.ingres.Heartbeat();
            if (object.database != null)
                message.database = String(object.database);
            if (object.host != null)
                message.host = String(object.host);
            if (object.waitsys != null)
                message.waitsys = Boolean(object.waitsys);
            if (object.epoch != null)
                if ($util.Long)
                    message.epoch = $util.Long.fromValue(object.epoch, false);
                else if (typeof object.epoch === "string")
                    message.epoch = parseInt(object.epoch, 10);
                else if (typeof object.epoch === "number")
                    message.epoch = object.epoch;
                else if (typeof object.epoch === "object")
                    message.epoch = new $util.LongBits(object.epoch.low >>> 0, object.epoch.high >>> 0).toNumber();
            return message;
        };

        /**
         * Creates a plain object from a Heartbeat message. Also converts values to other types if specified.
         * @function toObject
         * @memberof ingres.Heartbeat
         * @static
         * @param {ingres.Heartbeat} message Heartbeat
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        Heartbeat.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.database = "";
                object.host = "";
                object.waitsys = false;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.epoch = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                } else
                    object.epoch = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
            }
            if (message.database != null && Object.hasOwnProperty.call(message, "database"))
                object.database = message.database;
            if (message.host != null && Object.hasOwnProperty.call(message, "host"))
                object.host = message.host;
            if (message.waitsys != null && Object.hasOwnProperty.call(message, "waitsys"))
                object.waitsys = message.waitsys;
            if (message.epoch != null && Object.hasOwnProperty.call(message, "epoch"))
                if (typeof BigInt !== "undefined" && options.longs === BigInt)
                    object.epoch = typeof message.epoch === "number" ? BigInt(message.epoch) : $util.Long.fromBits(message.epoch.low >>> 0, message.epoch.high >>> 0, false).toBigInt();
                else if (typeof message.epoch === "number")
                    object.epoch = options.longs === String ? String(message.epoch) : message.epoch;
                else
                    object.epoch = options.longs === String ? $util.Long.prototype.toString.call(message.epoch) : options.longs === Number ? new $util.LongBits(message.epoch.low >>> 0, message.epoch.high >>> 0).toNumber() : message.epoch;
            return object;
        };

        /**
         * Converts this Heartbeat to JSON.
         * @function toJSON
         * @memberof ingres.Heartbeat
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        Heartbeat.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the default type url for Heartbeat
         * @function getTypeUrl
         * @memberof ingres.Heartbeat
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        Heartbeat.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/ingres.Heartbeat";
        };

        return Heartbeat;
    })();

    ingres.HeartbeatResp = (function() {

        /**
         * Properties of a HeartbeatResp.
         * @memberof ingres
         * @interface IHeartbeatResp
         * @property {string|null} [database] HeartbeatResp database
         * @property {string|null} [host] HeartbeatResp host
         * @property {boolean|null} [waitsys] HeartbeatResp waitsys
         * @property {number|null} [epoch] HeartbeatResp epoch
         */

        /**
         * Constructs a new HeartbeatResp.
         * @memberof ingres
         * @classdesc Represents a HeartbeatResp.
         * @implements IHeartbeatResp
         * @constructor
         * @param {ingres.IHeartbeatResp=} [properties] Properties to set
         */
        function HeartbeatResp(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * HeartbeatResp database.
         * @member {string} database
         * @memberof ingres.HeartbeatResp
         * @instance
         */
        HeartbeatResp.prototype.database = "";

        /**
         * HeartbeatResp host.
         * @member {string} host
         * @memberof ingres.HeartbeatResp
         * @instance
         */
        HeartbeatResp.prototype.host = "";

        /**
         * HeartbeatResp waitsys.
         * @member {boolean} waitsys
         * @memberof ingres.HeartbeatResp
         * @instance
         */
        HeartbeatResp.prototype.waitsys = false;

        /**
         * HeartbeatResp epoch.
         * @member {number} epoch
         * @memberof ingres.HeartbeatResp
         * @instance
         */
        HeartbeatResp.prototype.epoch = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * Creates a new HeartbeatResp instance using the specified properties.
         * @function create
         * @memberof ingres.HeartbeatResp
         * @static
         * @param {ingres.IHeartbeatResp=} [properties] Properties to set
         * @returns {ingres.HeartbeatResp} HeartbeatResp instance
         */
        HeartbeatResp.create = function create(properties) {
            return new HeartbeatResp(properties);
        };

        /**
         * Encodes the specified HeartbeatResp message. Does not implicitly {@link ingres.HeartbeatResp.verify|verify} messages.
         * @function encode
         * @memberof ingres.HeartbeatResp
         * @static
         * @param {ingres.IHeartbeatResp} message HeartbeatResp message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        HeartbeatResp.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.database != null && Object.hasOwnProperty.call(message, "database"))
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.database);
            if (message.host != null && Object.hasOwnProperty.call(message, "host"))
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.host);
            if (message.waitsys != null && Object.hasOwnProperty.call(message, "waitsys"))
                writer.uint32(/* id 3, wireType 0 =*/24).bool(message.waitsys);
            if (message.epoch != null && Object.hasOwnProperty.call(message, "epoch"))
                writer.uint32(/* id 4, wireType 0 =*/32).sint64(message.epoch);
            return writer;
        };

        /**
         * Encodes the specified HeartbeatResp message, length delimited. Does not implicitly {@link ingres.HeartbeatResp.verify|verify} messages.
         * @function encodeDelimited
         * @memberof ingres.HeartbeatResp
         * @static
         * @param {ingres.IHeartbeatResp} message HeartbeatResp message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        HeartbeatResp.encodeDelimited = function encodeDelimited(message, writer) {
            return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
        };

        /**
         * Decodes a HeartbeatResp message from the specified reader or buffer.
         * @function decode
         * @memberof ingres.HeartbeatResp
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ingres.HeartbeatResp} HeartbeatResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        HeartbeatResp.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.ingres.HeartbeatResp();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.database = reader.string();
                        break;
                    }
                case 2: {
                        message.host = reader.string();
                        break;
                    }
                case 3: {
                        message.waitsys = reader.bool();
                        break;
                    }
                case 4: {
                        message.epoch = reader.sint64();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Decodes a HeartbeatResp message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof ingres.HeartbeatResp
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {ingres.HeartbeatResp} HeartbeatResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        HeartbeatResp.decodeDelimited = function decodeDelimited(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.uint32());
        };

        /**
         * Verifies a HeartbeatResp message.
         * @function verify
         * @memberof ingres.HeartbeatResp
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        HeartbeatResp.verify = function verify(message, long) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                return "maximum nesting depth exceeded";
            if (message.database != null && Object.hasOwnProperty.call(message, "database"))
                if (!$util.isString(message.database))
                    return "database: string expected";
            if (message.host != null && Object.hasOwnProperty.call(message, "host"))
                if (!$util.isString(message.host))
                    return "host: string expected";
            if (message.waitsys != null && Object.hasOwnProperty.call(message, "waitsys"))
                if (typeof message.waitsys !== "boolean")
                    return "waitsys: boolean expected";
            if (message.epoch != null && Object.hasOwnProperty.call(message, "epoch"))
                if (!$util.isInteger(message.epoch) && !(message.epoch && $util.isInteger(message.epoch.low) && $util.isInteger(message.epoch.high)))
                    return "epoch: integer|Long expected";
            return null;
        };

        /**
         * Creates a HeartbeatResp message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof ingres.HeartbeatResp
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {ingres.HeartbeatResp} HeartbeatResp
         */
        HeartbeatResp.fromObject = function fromObject(object, long) {
            if (object instanceof $root.ingres.HeartbeatResp)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".ingres.HeartbeatResp: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.ingres.HeartbeatResp();
            if (object.database != null)
                message.database = String(object.database);
            if (object.host != null)
                message.host = String(object.host);
            if (object.waitsys != null)
                message.waitsys = Boolean(object.waitsys);
            if (object.epoch != null)
                if ($util.Long)
                    message.epoch = $util.Long.fromValue(object.epoch, false);
                else if (typeof object.epoch === "string")
                    message.epoch = parseInt(object.epoch, 10);
                else if (typeof object.epoch === "number")
                    message.epoch = object.epoch;
                else if (typeof object.epoch === "object")
                    message.epoch = new $util.LongBits(object.epoch.low >>> 0, object.epoch.high >>> 0).toNumber();
            return message;
        };

        /**
         * Creates a plain object from a HeartbeatResp message. Also converts values to other types if specified.
         * @function toObject
         * @memberof ingres.HeartbeatResp
         * @static
         * @param {ingres.HeartbeatResp} message HeartbeatResp
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        HeartbeatResp.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.database = "";
                object.host = "";
                object.waitsys = false;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.epoch = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                } else
                    object.epoch = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
            }
            if (message.database != null && Object.hasOwnProperty.call(message, "database"))
                object.database = message.database;
            if (message.host != null && Object.hasOwnProperty.call(message, "host"))
                object.host = message.host;
            if (message.waitsys != null && Object.hasOwnProperty.call(message, "waitsys"))
                object.waitsys = message.waitsys;
            if (message.epoch != null && Object.hasOwnProperty.call(message, "epoch"))
                if (typeof BigInt !== "undefined" && options.longs === BigInt)
                    object.epoch = typeof message.epoch === "number" ? BigInt(message.epoch) : $util.Long.fromBits(message.epoch.low >>> 0, message.epoch.high >>> 0, false).toBigInt();
                else if (typeof message.epoch === "number")
                    object.epoch = options.longs === String ? String(message.epoch) : message.epoch;
                else
                    object.epoch = options.longs === String ? $util.Long.prototype.toString.call(message.epoch) : options.longs === Number ? new $util.LongBits(message.epoch.low >>> 0, message.epoch.high >>> 0).toNumber() : message.epoch;
            return object;
        };

        /**
         * Converts this HeartbeatResp to JSON.
         * @function toJSON
         * @memberof ingres.HeartbeatResp
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        HeartbeatResp.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the default type url for HeartbeatResp
         * @function getTypeUrl
         * @memberof ingres.HeartbeatResp
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        HeartbeatResp.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/ingres.HeartbeatResp";
        };

        return HeartbeatResp;
    })();

    ingres.SysCat = (function() {

        /**
         * Properties of a SysCat.
         * @memberof ingres
         * @interface ISysCat
         * @property {string|null} [database] SysCat database
         * @property {string|null} [host] SysCat host
         */

        /**
         * Constructs a new SysCat.
         * @memberof ingres
         * @classdesc Represents a SysCat.
         * @implements ISysCat
         * @constructor
         * @param {ingres.ISysCat=} [properties] Properties to set
         */
        function SysCat(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * SysCat database.
         * @member {string} database
         * @memberof ingres.SysCat
         * @instance
         */
        SysCat.prototype.database = "";

        /**
         * SysCat host.
         * @member {string} host
         * @memberof ingres.SysCat
         * @instance
         */
        SysCat.prototype.host = "";

        /**
         * Creates a new SysCat instance using the specified properties.
         * @function create
         * @memberof ingres.SysCat
         * @static
         * @param {ingres.ISysCat=} [properties] Properties to set
         * @returns {ingres.SysCat} SysCat instance
         */
        SysCat.create = function create(properties) {
            return new SysCat(properties);
        };

        /**
         * Encodes the specified SysCat message. Does not implicitly {@link ingres.SysCat.verify|verify} messages.
         * @function encode
         * @memberof ingres.SysCat
         * @static
         * @param {ingres.ISysCat} message SysCat message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SysCat.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.database != null && Object.hasOwnProperty.call(message, "database"))
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.database);
            if (message.host != null && Object.hasOwnProperty.call(message, "host"))
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.host);
            return writer;
        };

        /**
         * Encodes the specified SysCat message, length delimited. Does not implicitly {@link ingres.SysCat.verify|verify} messages.
         * @function encodeDelimited
         * @memberof ingres.SysCat
         * @static
         * @param {ingres.ISysCat} message SysCat message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SysCat.encodeDelimited = function encodeDelimited(message, writer) {
            return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
        };

        /**
         * Decodes a SysCat message from the specified reader or buffer.
         * @function decode
         * @memberof ingres.SysCat
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ingres.SysCat} SysCat
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SysCat.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.ingres.SysCat();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.database = reader.string();
                        break;
                    }
                case 2: {
                        message.host = reader.string();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Decodes a SysCat message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof ingres.SysCat
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {ingres.SysCat} SysCat
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SysCat.decodeDelimited = function decodeDelimited(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.uint32());
        };

        /**
         * Verifies a SysCat message.
         * @function verify
         * @memberof ingres.SysCat
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        SysCat.verify = function verify(message, long) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                return "maximum nesting depth exceeded";
            if (message.database != null && Object.hasOwnProperty.call(message, "database"))
                if (!$util.isString(message.database))
                    return "database: string expected";
            if (message.host != null && Object.hasOwnProperty.call(message, "host"))
                if (!$util.isString(message.host))
                    return "host: string expected";
            return null;
        };

        /**
         * Creates a SysCat message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof ingres.SysCat
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {ingres.SysCat} SysCat
         */
        SysCat.fromObject = function fromObject(object, long) {
            if (object instanceof $root.ingres.SysCat)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".ingres.SysCat: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.ingres.SysCat();
            if (object.database != null)
                message.database = String(object.database);
            if (object.host != null)
                message.host = String(object.host);
            return message;
        };

        /**
         * Creates a plain object from a SysCat message. Also converts values to other types if specified.
         * @function toObject
         * @memberof ingres.SysCat
         * @static
         * @param {ingres.SysCat} message SysCat
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        SysCat.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.database = "";
                object.host = "";
            }
            if (message.database != null && Object.hasOwnProperty.call(message, "database"))
                object.database = message.database;
            if (message.host != null && Object.hasOwnProperty.call(message, "host"))
                object.host = message.host;
            return object;
        };

        /**
         * Converts this SysCat to JSON.
         * @function toJSON
         * @memberof ingres.SysCat
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        SysCat.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the default type url for SysCat
         * @function getTypeUrl
         * @memberof ingres.SysCat
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        SysCat.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/ingres.SysCat";
        };

        return SysCat;
    })();

    ingres.CatAttribute = (function() {

        /**
         * Properties of a CatAttribute.
         * @memberof ingres
         * @interface ICatAttribute
         * @property {string|null} [name] CatAttribute name
         * @property {string|null} [type] CatAttribute type
         * @property {number|null} [length] CatAttribute length
         * @property {number|null} [keyNo] CatAttribute keyNo
         */

        /**
         * Constructs a new CatAttribute.
         * @memberof ingres
         * @classdesc Represents a CatAttribute.
         * @implements ICatAttribute
         * @constructor
         * @param {ingres.ICatAttribute=} [properties] Properties to set
         */
        function CatAttribute(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * CatAttribute name.
         * @member {string} name
         * @memberof ingres.CatAttribute
         * @instance
         */
        CatAttribute.prototype.name = "";

        /**
         * CatAttribute type.
         * @member {string} type
         * @memberof ingres.CatAttribute
         * @instance
         */
        CatAttribute.prototype.type = "";

        /**
         * CatAttribute length.
         * @member {number} length
         * @memberof ingres.CatAttribute
         * @instance
         */
        CatAttribute.prototype.length = 0;

        /**
         * CatAttribute keyNo.
         * @member {number} keyNo
         * @memberof ingres.CatAttribute
         * @instance
         */
        CatAttribute.prototype.keyNo = 0;

        /**
         * Creates a new CatAttribute instance using the specified properties.
         * @function create
         * @memberof ingres.CatAttribute
         * @static
         * @param {ingres.ICatAttribute=} [properties] Properties to set
         * @returns {ingres.CatAttribute} CatAttribute instance
         */
        CatAttribute.create = function create(properties) {
            return new CatAttribute(properties);
        };

        /**
         * Encodes the specified CatAttribute message. Does not implicitly {@link ingres.CatAttribute.verify|verify} messages.
         * @function encode
         * @memberof ingres.CatAttribute
         * @static
         * @param {ingres.ICatAttribute} message CatAttribute message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        CatAttribute.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
            if (message.type != null && Object.hasOwnProperty.call(message, "type"))
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.type);
            if (message.length != null && Object.hasOwnProperty.call(message, "length"))
                writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.length);
            if (message.keyNo != null && Object.hasOwnProperty.call(message, "keyNo"))
                writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.keyNo);
            return writer;
        };

        /**
         * Encodes the specified CatAttribute message, length delimited. Does not implicitly {@link ingres.CatAttribute.verify|verify} messages.
         * @function encodeDelimited
         * @memberof ingres.CatAttribute
         * @static
         * @param {ingres.ICatAttribute} message CatAttribute message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        CatAttribute.encodeDelimited = function encodeDelimited(message, writer) {
            return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
        };

        /**
         * Decodes a CatAttribute message from the specified reader or buffer.
         * @function decode
         * @memberof ingres.CatAttribute
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ingres.CatAttribute} CatAttribute
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        CatAttribute.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.ingres.CatAttribute();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.name = reader.string();
                        break;
                    }
                case 2: {
                        message.type = reader.string();
                        break;
                    }
                case 3: {
                        message.length = reader.uint32();
                        break;
                    }
                case 4: {
                        message.keyNo = reader.uint32();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Decodes a CatAttribute message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof ingres.CatAttribute
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {ingres.CatAttribute} CatAttribute
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        CatAttribute.decodeDelimited = function decodeDelimited(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.uint32());
        };

        /**
         * Verifies a CatAttribute message.
         * @function verify
         * @memberof ingres.CatAttribute
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        CatAttribute.verify = function verify(message, long) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                return "maximum nesting depth exceeded";
            if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                if (!$util.isString(message.name))
                    return "name: string expected";
            if (message.type != null && Object.hasOwnProperty.call(message, "type"))
                if (!$util.isString(message.type))
                    return "type: string expected";
            if (message.length != null && Object.hasOwnProperty.call(message, "length"))
                if (!$util.isInteger(message.length))
                    return "length: integer expected";
            if (message.keyNo != null && Object.hasOwnProperty.call(message, "keyNo"))
                if (!$util.isInteger(message.keyNo))
                    return "keyNo: integer expected";
            return null;
        };

        /**
         * Creates a CatAttribute message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof ingres.CatAttribute
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {ingres.CatAttribute} CatAttribute
         */
        CatAttribute.fromObject = function fromObject(object, long) {
            if (object instanceof $root.ingres.CatAttribute)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".ingres.CatAttribute: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.ingres.CatAttribute();
            if (object.name != null)
                message.name = String(object.name);
            if (object.type != null)
                message.type = String(object.type);
            if (object.length != null)
                message.length = object.length >>> 0;
            if (object.keyNo != null)
                message.keyNo = object.keyNo >>> 0;
            return message;
        };

        /**
         * Creates a plain object from a CatAttribute message. Also converts values to other types if specified.
         * @function toObject
         * @memberof ingres.CatAttribute
         * @static
         * @param {ingres.CatAttribute} message CatAttribute
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        CatAttribute.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.name = "";
                object.type = "";
                object.length = 0;
                object.keyNo = 0;
            }
            if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                object.name = message.name;
            if (message.type != null && Object.hasOwnProperty.call(message, "type"))
                object.type = message.type;
            if (message.length != null && Object.hasOwnProperty.call(message, "length"))
                object.length = message.length;
            if (message.keyNo != null && Object.hasOwnProperty.call(message, "keyNo"))
                object.keyNo = message.keyNo;
            return object;
        };

        /**
         * Converts this CatAttribute to JSON.
         * @function toJSON
         * @memberof ingres.CatAttribute
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        CatAttribute.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the default type url for CatAttribute
         * @function getTypeUrl
         * @memberof ingres.CatAttribute
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        CatAttribute.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/ingres.CatAttribute";
        };

        return CatAttribute;
    })();

    ingres.CatKey = (function() {

        /**
         * Properties of a CatKey.
         * @memberof ingres
         * @interface ICatKey
         * @property {number|null} [attribute] CatKey attribute
         * @property {boolean|null} [descending] CatKey descending
         */

        /**
         * Constructs a new CatKey.
         * @memberof ingres
         * @classdesc Represents a CatKey.
         * @implements ICatKey
         * @constructor
         * @param {ingres.ICatKey=} [properties] Properties to set
         */
        function CatKey(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * CatKey attribute.
         * @member {number} attribute
         * @memberof ingres.CatKey
         * @instance
         */
        CatKey.prototype.attribute = 0;

        /**
         * CatKey descending.
         * @member {boolean} descending
         * @memberof ingres.CatKey
         * @instance
         */
        CatKey.prototype.descending = false;

        /**
         * Creates a new CatKey instance using the specified properties.
         * @function create
         * @memberof ingres.CatKey
         * @static
         * @param {ingres.ICatKey=} [properties] Properties to set
         * @returns {ingres.CatKey} CatKey instance
         */
        CatKey.create = function create(properties) {
            return new CatKey(properties);
        };

        /**
         * Encodes the specified CatKey message. Does not implicitly {@link ingres.CatKey.verify|verify} messages.
         * @function encode
         * @memberof ingres.CatKey
         * @static
         * @param {ingres.ICatKey} message CatKey message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        CatKey.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.attribute != null && Object.hasOwnProperty.call(message, "attribute"))
                writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.attribute);
            if (message.descending != null && Object.hasOwnProperty.call(message, "descending"))
                writer.uint32(/* id 2, wireType 0 =*/16).bool(message.descending);
            return writer;
        };

        /**
         * Encodes the specified CatKey message, length delimited. Does not implicitly {@link ingres.CatKey.verify|verify} messages.
         * @function encodeDelimited
         * @memberof ingres.CatKey
         * @static
         * @param {ingres.ICatKey} message CatKey message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        CatKey.encodeDelimited = function encodeDelimited(message, writer) {
            return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
        };

        /**
         * Decodes a CatKey message from the specified reader or buffer.
         * @function decode
         * @memberof ingres.CatKey
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ingres.CatKey} CatKey
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        CatKey.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.ingres.CatKey();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.attribute = reader.uint32();
                        break;
                    }
                case 2: {
                        message.descending = reader.bool();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Decodes a CatKey message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof ingres.CatKey
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {ingres.CatKey} CatKey
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        CatKey.decodeDelimited = function decodeDelimited(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.uint32());
        };

        /**
         * Verifies a CatKey message.
         * @function verify
         * @memberof ingres.CatKey
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        CatKey.verify = function verify(message, long) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                return "maximum nesting depth exceeded";
            if (message.attribute != null && Object.hasOwnProperty.call(message, "attribute"))
                if (!$util.isInteger(message.attribute))
                    return "attribute: integer expected";
            if (message.descending != null && Object.hasOwnProperty.call(message, "descending"))
                if (typeof message.descending !== "boolean")
                    return "descending: boolean expected";
            return null;
        };

        /**
         * Creates a CatKey message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof ingres.CatKey
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {ingres.CatKey} CatKey
         */
        CatKey.fromObject = function fromObject(object, long) {
            if (object instanceof $root.ingres.CatKey)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".ingres.CatKey: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.ingres.CatKey();
            if (object.attribute != null)
                message.attribute = object.attribute >>> 0;
            if (object.descending != null)
                message.descending = Boolean(object.descending);
            return message;
        };

        /**
         * Creates a plain object from a CatKey message. Also converts values to other types if specified.
         * @function toObject
         * @memberof ingres.CatKey
         * @static
         * @param {ingres.CatKey} message CatKey
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        CatKey.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.attribute = 0;
                object.descending = false;
            }
            if (message.attribute != null && Object.hasOwnProperty.call(message, "attribute"))
                object.attribute = message.attribute;
            if (message.descending != null && Object.hasOwnProperty.call(message, "descending"))
                object.descending = message.descending;
            return object;
        };

        /**
         * Converts this CatKey to JSON.
         * @function toJSON
         * @memberof ingres.CatKey
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        CatKey.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the default type url for CatKey
         * @function getTypeUrl
         * @memberof ingres.CatKey
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        CatKey.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/ingres.CatKey";
        };

        return CatKey;
    })();

    ingres.CatRelation = (function() {

        /**
         * Properties of a CatRelation.
         * @memberof ingres
         * @interface ICatRelation
         * @property {string|null} [name] CatRelation name
         * @property {string|null} [owner] CatRelation owner
         * @property {string|null} [kind] CatRelation kind
         * @property {string|null} [structure] CatRelation structure
         * @property {boolean|null} [compressed] CatRelation compressed
         * @property {Array.<ingres.ICatAttribute>|null} [attributes] CatRelation attributes
         * @property {Array.<ingres.ICatKey>|null} [keys] CatRelation keys
         * @property {number|null} [fillfactor] CatRelation fillfactor
         * @property {number|null} [minpages] CatRelation minpages
         * @property {number|null} [maxpages] CatRelation maxpages
         * @property {string|null} [indexOf] CatRelation indexOf
         * @property {number|null} [saveUntil] CatRelation saveUntil
         * @property {string|null} [host] CatRelation host
         */

        /**
         * Constructs a new CatRelation.
         * @memberof ingres
         * @classdesc Represents a CatRelation.
         * @implements ICatRelation
         * @constructor
         * @param {ingres.ICatRelation=} [properties] Properties to set
         */
        function CatRelation(properties) {
            this.attributes = [];
            this.keys = [];
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * CatRelation name.
         * @member {string} name
         * @memberof ingres.CatRelation
         * @instance
         */
        CatRelation.prototype.name = "";

        /**
         * CatRelation owner.
         * @member {string} owner
         * @memberof ingres.CatRelation
         * @instance
         */
        CatRelation.prototype.owner = "";

        /**
         * CatRelation kind.
         * @member {string} kind
         * @memberof ingres.CatRelation
         * @instance
         */
        CatRelation.prototype.kind = "";

        /**
         * CatRelation structure.
         * @member {string} structure
         * @memberof ingres.CatRelation
         * @instance
         */
        CatRelation.prototype.structure = "";

        /**
         * CatRelation compressed.
         * @member {boolean} compressed
         * @memberof ingres.CatRelation
         * @instance
         */
        CatRelation.prototype.compressed = false;

        /**
         * CatRelation attributes.
         * @member {Array.<ingres.ICatAttribute>} attributes
         * @memberof ingres.CatRelation
         * @instance
         */
        CatRelation.prototype.attributes = $util.emptyArray;

        /**
         * CatRelation keys.
         * @member {Array.<ingres.ICatKey>} keys
         * @memberof ingres.CatRelation
         * @instance
         */
        CatRelation.prototype.keys = $util.emptyArray;

        /**
         * CatRelation fillfactor.
         * @member {number} fillfactor
         * @memberof ingres.CatRelation
         * @instance
         */
        CatRelation.prototype.fillfactor = 0;

        /**
         * CatRelation minpages.
         * @member {number} minpages
         * @memberof ingres.CatRelation
         * @instance
         */
        CatRelation.prototype.minpages = 0;

        /**
         * CatRelation maxpages.
         * @member {number} maxpages
         * @memberof ingres.CatRelation
         * @instance
         */
        CatRelation.prototype.maxpages = 0;

        /**
         * CatRelation indexOf.
         * @member {string} indexOf
         * @memberof ingres.CatRelation
         * @instance
         */
        CatRelation.prototype.indexOf = "";

        /**
         * CatRelation saveUntil.
         * @member {number} saveUntil
         * @memberof ingres.CatRelation
         * @instance
         */
        CatRelation.prototype.saveUntil = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * CatRelation host.
         * @member {string} host
         * @memberof ingres.CatRelation
         * @instance
         */
        CatRelation.prototype.host = "";

        /**
         * Creates a new CatRelation instance using the specified properties.
         * @function create
         * @memberof ingres.CatRelation
         * @static
         * @param {ingres.ICatRelation=} [properties] Properties to set
         * @returns {ingres.CatRelation} CatRelation instance
         */
        CatRelation.create = function create(properties) {
            return new CatRelation(properties);
        };

        /**
         * Encodes the specified CatRelation message. Does not implicitly {@link ingres.CatRelation.verify|verify} messages.
         * @function encode
         * @memberof ingres.CatRelation
         * @static
         * @param {ingres.ICatRelation} message CatRelation message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        CatRelation.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
            if (message.owner != null && Object.hasOwnProperty.call(message, "owner"))
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.owner);
            if (message.kind != null && Object.hasOwnProperty.call(message, "kind"))
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.kind);
            if (message.structure != null && Object.hasOwnProperty.call(message, "structure"))
                writer.uint32(/* id 4, wireType 2 =*/34).string(message.structure);
            if (message.compressed != null && Object.hasOwnProperty.call(message, "compressed"))
                writer.uint32(/* id 5, wireType 0 =*/40).bool(message.compressed);
            if (message.attributes != null && message.attributes.length)
                for (let i = 0; i < message.attributes.length; ++i)
                    $root.ingres.CatAttribute.encode(message.attributes[i], writer.uint32(/* id 6, wireType 2 =*/50).fork(), q + 1).ldelim();
            if (message.keys != null && message.keys.length)
                for (let i = 0; i < message.keys.length; ++i)
                    $root.ingres.CatKey.encode(message.keys[i], writer.uint32(/* id 7, wireType 2 =*/58).fork(), q + 1).ldelim();
            if (message.fillfactor != null && Object.hasOwnProperty.call(message, "fillfactor"))
                writer.uint32(/* id 8, wireType 0 =*/64).uint32(message.fillfactor);
            if (message.minpages != null && Object.hasOwnProperty.call(message, "minpages"))
                writer.uint32(/* id 9, wireType 0 =*/72).uint32(message.minpages);
            if (message.maxpages != null && Object.hasOwnProperty.call(message, "maxpages"))
                writer.uint32(/* id 10, wireType 0 =*/80).uint32(message.maxpages);
            if (message.indexOf != null && Object.hasOwnProperty.call(message, "indexOf"))
                writer.uint32(/* id 11, wireType 2 =*/90).string(message.indexOf);
            if (message.saveUntil != null && Object.hasOwnProperty.call(message, "saveUntil"))
                writer.uint32(/* id 12, wireType 0 =*/96).sint64(message.saveUntil);
            if (message.host != null && Object.hasOwnProperty.call(message, "host"))
                writer.uint32(/* id 13, wireType 2 =*/106).string(message.host);
            return writer;
        };

        /**
         * Encodes the specified CatRelation message, length delimited. Does not implicitly {@link ingres.CatRelation.verify|verify} messages.
         * @function encodeDelimited
         * @memberof ingres.CatRelation
         * @static
         * @param {ingres.ICatRelation} message CatRelation message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        CatRelation.encodeDelimited = function encodeDelimited(message, writer) {
            return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
        };

        /**
         * Decodes a CatRelation message from the specified reader or buffer.
         * @function decode
         * @memberof ingres.CatRelation
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ingres.CatRelation} CatRelation
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        CatRelation.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.ingres.CatRelation();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.name = reader.string();
                        break;
                    }
                case 2: {
                        message.owner = reader.string();
                        break;
                    }
                case 3: {
                        message.kind = reader.string();
                        break;
                    }
                case 4: {
                        message.structure = reader.string();
                        break;
                    }
                case 5: {
                        message.compressed = reader.bool();
                        break;
                    }
                case 6: {
                        if (!(message.attributes && message.attributes.length))
                            message.attributes = [];
                        message.attributes.push($root.ingres.CatAttribute.decode(reader, reader.uint32(), undefined, long + 1));
                        break;
                    }
                case 7: {
                        if (!(message.keys && message.keys.length))
                            message.keys = [];
                        message.keys.push($root.ingres.CatKey.decode(reader, reader.uint32(), undefined, long + 1));
                        break;
                    }
                case 8: {
                        message.fillfactor = reader.uint32();
                        break;
                    }
                case 9: {
                        message.minpages = reader.uint32();
                        break;
                    }
                case 10: {
                        message.maxpages = reader.uint32();
                        break;
                    }
                case 11: {
                        message.indexOf = reader.string();
                        break;
                    }
                case 12: {
                        message.saveUntil = reader.sint64();
                        break;
                    }
                case 13: {
                        message.host = reader.string();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Decodes a CatRelation message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof ingres.CatRelation
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {ingres.CatRelation} CatRelation
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        CatRelation.decodeDelimited = function decodeDelimited(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.uint32());
        };

        /**
         * Verifies a CatRelation message.
         * @function verify
         * @memberof ingres.CatRelation
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        CatRelation.verify = function verify(message, long) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                return "maximum nesting depth exceeded";
            if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                if (!$util.isString(message.name))
                    return "name: string expected";
            if (message.owner != null && Object.hasOwnProperty.call(message, "owner"))
                if (!$util.isString(message.owner))
                    return "owner: string expected";
            if (message.kind != null && Object.hasOwnProperty.call(message, "kind"))
                if (!$util.isString(message.kind))
                    return "kind: string expected";
            if (message.structure != null && Object.hasOwnProperty.call(message, "structure"))
                if (!$util.isString(message.structure))
                    return "structure: string expected";
            if (message.compressed != null && Object.hasOwnProperty.call(message, "compressed"))
                if (typeof message.compressed !== "boolean")
                    return "compressed: boolean expected";
            if (message.attributes != null && Object.hasOwnProperty.call(message, "attributes")) {
                if (!Array.isArray(message.attributes))
                    return "attributes: array expected";
                for (let i = 0; i < message.attributes.length; ++i) {
                    let error = $root.ingres.CatAttribute.verify(message.attributes[i], long + 1);
                    if (error)
                        return "attributes." + error;
                }
            }
            if (message.keys != null && Object.hasOwnProperty.call(message, "keys")) {
                if (!Array.isArray(message.keys))
                    return "keys: array expected";
                for (let i = 0; i < message.keys.length; ++i) {
                    let error = $root.ingres.CatKey.verify(message.keys[i], long + 1);
                    if (error)
                        return "keys." + error;
                }
            }
            if (message.fillfactor != null && Object.hasOwnProperty.call(message, "fillfactor"))
                if (!$util.isInteger(message.fillfactor))
                    return "fillfactor: integer expected";
            if (message.minpages != null && Object.hasOwnProperty.call(message, "minpages"))
                if (!$util.isInteger(message.minpages))
                    return "minpages: integer expected";
            if (message.maxpages != null && Object.hasOwnProperty.call(message, "maxpages"))
                if (!$util.isInteger(message.maxpages))
                    return "maxpages: integer expected";
            if (message.indexOf != null && Object.hasOwnProperty.call(message, "indexOf"))
                if (!$util.isString(message.indexOf))
                    return "indexOf: string expected";
            if (message.saveUntil != null && Object.hasOwnProperty.call(message, "saveUntil"))
                if (!$util.isInteger(message.saveUntil) && !(message.saveUntil && $util.isInteger(message.saveUntil.low) && $util.isInteger(message.saveUntil.high)))
                    return "saveUntil: integer|Long expected";
            if (message.host != null && Object.hasOwnProperty.call(message, "host"))
                if (!$util.isString(message.host))
                    return "host: string expected";
            return null;
        };

        /**
         * Creates a CatRelation message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof ingres.CatRelation
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {ingres.CatRelation} CatRelation
         */
        CatRelation.fromObject = function fromObject(object, long) {
            if (object instanceof $root.ingres.CatRelation)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".ingres.CatRelation: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.ingres.CatRelation();
            if (object.name != null)
                message.name = String(object.name);
            if (object.owner != null)
                message.owner = String(object.owner);
            if (object.kind != null)
                message.kind = String(object.kind);
            if (object.structure != null)
                message.structure = String(object.structure);
            if (object.compressed != null)
                message.compressed = Boolean(object.compressed);
            if (object.attributes) {
                if (!Array.isArray(object.attributes))
                    throw TypeError(".ingres.CatRelation.attributes: array expected");
                message.attributes = [];
                for (let i = 0; i < object.attributes.length; ++i) {
                    if (!$util.isObject(object.attributes[i]))
                        throw TypeError(".ingres.CatRelation.attributes: object expected");
                    message.attributes[i] = $root.ingres.CatAttribute.fromObject(object.attributes[i], long + 1);
                }
            }
            if (object.keys) {
                if (!Array.isArray(object.keys))
                    throw TypeError(".ingres.CatRelation.keys: array expected");
                message.keys = [];
                for (let i = 0; i < object.keys.length; ++i) {
                    if (!$util.isObject(object.keys[i]))
                        throw TypeError(".ingres.CatRelation.keys: object expected");
                    message.keys[i] = $root.ingres.CatKey.fromObject(object.keys[i], long + 1);
                }
            }
            if (object.fillfactor != null)
                message.fillfactor = object.fillfactor >>> 0;
            if (object.minpages != null)
                message.minpages = object.minpages >>> 0;
            if (object.maxpages != null)
                message.maxpages = object.maxpages >>> 0;
            if (object.indexOf != null)
                message.indexOf = String(object.indexOf);
            if (object.saveUntil != null)
                if ($util.Long)
                    message.saveUntil = $util.Long.fromValue(object.saveUntil, false);
                else if (typeof object.saveUntil === "string")
                    message.saveUntil = parseInt(object.saveUntil, 10);
                else if (typeof object.saveUntil === "number")
                    message.saveUntil = object.saveUntil;
                else if (typeof object.saveUntil === "object")
                    message.saveUntil = new $util.LongBits(object.saveUntil.low >>> 0, object.saveUntil.high >>> 0).toNumber();
            if (object.host != null)
                message.host = String(object.host);
            return message;
        };

        /**
         * Creates a plain object from a CatRelation message. Also converts values to other types if specified.
         * @function toObject
         * @memberof ingres.CatRelation
         * @static
         * @param {ingres.CatRelation} message CatRelation
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        CatRelation.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults) {
                object.attributes = [];
                object.keys = [];
            }
            if (options.defaults) {
                object.name = "";
                object.owner = "";
                object.kind = "";
                object.structure = "";
                object.compressed = false;
                object.fillfactor = 0;
                object.minpages = 0;
                object.maxpages = 0;
                object.indexOf = "";
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.saveUntil = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                } else
                    object.saveUntil = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                object.host = "";
            }
            if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                object.name = message.name;
            if (message.owner != null && Object.hasOwnProperty.call(message, "owner"))
                object.owner = message.owner;
            if (message.kind != null && Object.hasOwnProperty.call(message, "kind"))
                object.kind = message.kind;
            if (message.structure != null && Object.hasOwnProperty.call(message, "structure"))
                object.structure = message.structure;
            if (message.compressed != null && Object.hasOwnProperty.call(message, "compressed"))
                object.compressed = message.compressed;
            if (message.attributes && message.attributes.length) {
                object.attributes = [];
                for (let j = 0; j < message.attributes.length; ++j)
                    object.attributes[j] = $root.ingres.CatAttribute.toObject(message.attributes[j], options, q + 1);
            }
            if (message.keys && message.keys.length) {
                object.keys = [];
                for (let j = 0; j < message.keys.length; ++j)
                    object.keys[j] = $root.ingres.CatKey.toObject(message.keys[j], options, q + 1);
            }
            if (message.fillfactor != null && Object.hasOwnProperty.call(message, "fillfactor"))
                object.fillfactor = message.fillfactor;
            if (message.minpages != null && Object.hasOwnProperty.call(message, "minpages"))
                object.minpages = message.minpages;
            if (message.maxpages != null && Object.hasOwnProperty.call(message, "maxpages"))
                object.maxpages = message.maxpages;
            if (message.indexOf != null && Object.hasOwnProperty.call(message, "indexOf"))
                object.indexOf = message.indexOf;
            if (message.saveUntil != null && Object.hasOwnProperty.call(message, "saveUntil"))
                if (typeof BigInt !== "undefined" && options.longs === BigInt)
                    object.saveUntil = typeof message.saveUntil === "number" ? BigInt(message.saveUntil) : $util.Long.fromBits(message.saveUntil.low >>> 0, message.saveUntil.high >>> 0, false).toBigInt();
                else if (typeof message.saveUntil === "number")
                    object.saveUntil = options.longs === String ? String(message.saveUntil) : message.saveUntil;
                else
                    object.saveUntil = options.longs === String ? $util.Long.prototype.toString.call(message.saveUntil) : options.longs === Number ? new $util.LongBits(message.saveUntil.low >>> 0, message.saveUntil.high >>> 0).toNumber() : message.saveUntil;
            if (message.host != null && Object.hasOwnProperty.call(message, "host"))
                object.host = message.host;
            return object;
        };

        /**
         * Converts this CatRelation to JSON.
         * @function toJSON
         * @memberof ingres.CatRelation
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        CatRelation.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the default type url for CatRelation
         * @function getTypeUrl
         * @memberof ingres.CatRelation
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        CatRelation.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/ingres.CatRelation";
        };

        return CatRelation;
    })();

    ingres.CatDefinition = (function() {

        /**
         * Properties of a CatDefinition.
         * @memberof ingres
         * @interface ICatDefinition
         * @property {string|null} [relation] CatDefinition relation
         * @property {string|null} [kind] CatDefinition kind
         * @property {number|null} [id] CatDefinition id
         * @property {string|null} [text] CatDefinition text
         */

        /**
         * Constructs a new CatDefinition.
         * @memberof ingres
         * @classdesc Represents a CatDefinition.
         * @implements ICatDefinition
         * @constructor
         * @param {ingres.ICatDefinition=} [properties] Properties to set
         */
        function CatDefinition(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * CatDefinition relation.
         * @member {string} relation
         * @memberof ingres.CatDefinition
         * @instance
         */
        CatDefinition.prototype.relation = "";

        /**
         * CatDefinition kind.
         * @member {string} kind
         * @memberof ingres.CatDefinition
         * @instance
         */
        CatDefinition.prototype.kind = "";

        /**
         * CatDefinition id.
         * @member {number} id
         * @memberof ingres.CatDefinition
         * @instance
         */
        CatDefinition.prototype.id = 0;

        /**
         * CatDefinition text.
         * @member {string} text
         * @memberof ingres.CatDefinition
         * @instance
         */
        CatDefinition.prototype.text = "";

        /**
         * Creates a new CatDefinition instance using the specified properties.
         * @function create
         * @memberof ingres.CatDefinition
         * @static
         * @param {ingres.ICatDefinition=} [properties] Properties to set
         * @returns {ingres.CatDefinition} CatDefinition instance
         */
        CatDefinition.create = function create(properties) {
            return new CatDefinition(properties);
        };

        /**
         * Encodes the specified CatDefinition message. Does not implicitly {@link ingres.CatDefinition.verify|verify} messages.
         * @function encode
         * @memberof ingres.CatDefinition
         * @static
         * @param {ingres.ICatDefinition} message CatDefinition message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        CatDefinition.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.relation != null && Object.hasOwnProperty.call(message, "relation"))
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.relation);
            if (message.kind != null && Object.hasOwnProperty.call(message, "kind"))
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.kind);
            if (message.id != null && Object.hasOwnProperty.call(message, "id"))
                writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.id);
            if (message.text != null && Object.hasOwnProperty.call(message, "text"))
                writer.uint32(/* id 4, wireType 2 =*/34).string(message.text);
            return writer;
        };

        /**
         * Encodes the specified CatDefinition message, length delimited. Does not implicitly {@link ingres.CatDefinition.verify|verify} messages.
         * @function encodeDelimited
         * @memberof ingres.CatDefinition
         * @static
         * @param {ingres.ICatDefinition} message CatDefinition message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        CatDefinition.encodeDelimited = function encodeDelimited(message, writer) {
            return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
        };

        /**
         * Decodes a CatDefinition message from the specified reader or buffer.
         * @function decode
         * @memberof ingres.CatDefinition
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ingres.CatDefinition} CatDefinition
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        CatDefinition.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.ingres.CatDefinition();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.relation = reader.string();
                        break;
                    }
                case 2: {
                        message.kind = reader.string();
                        break;
                    }
                case 3: {
                        message.id = reader.uint32();
                        break;
                    }
                case 4: {
                        message.text = reader.string();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Decodes a CatDefinition message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof ingres.CatDefinition
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {ingres.CatDefinition} CatDefinition
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        CatDefinition.decodeDelimited = function decodeDelimited(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.uint32());
        };

        /**
         * Verifies a CatDefinition message.
         * @function verify
         * @memberof ingres.CatDefinition
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        CatDefinition.verify = function verify(message, long) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                return "maximum nesting depth exceeded";
            if (message.relation != null && Object.hasOwnProperty.call(message, "relation"))
                if (!$util.isString(message.relation))
                    return "relation: string expected";
            if (message.kind != null && Object.hasOwnProperty.call(message, "kind"))
                if (!$util.isString(message.kind))
                    return "kind: string expected";
            if (message.id != null && Object.hasOwnProperty.call(message, "id"))
                if (!$util.isInteger(message.id))
                    return "id: integer expected";
            if (message.text != null && Object.hasOwnProperty.call(message, "text"))
                if (!$util.isString(message.text))
                    return "text: string expected";
            return null;
        };

        /**
         * Creates a CatDefinition message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof ingres.CatDefinition
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {ingres.CatDefinition} CatDefinition
         */
        CatDefinition.fromObject = function fromObject(object, long) {
            if (object instanceof $root.ingres.CatDefinition)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".ingres.CatDefinition: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.ingres.CatDefinition();
            if (object.relation != null)
                message.relation = String(object.relation);
            if (object.kind != null)
                message.kind = String(object.kind);
            if (object.id != null)
                message.id = object.id >>> 0;
            if (object.text != null)
                message.text = String(object.text);
            return message;
        };

        /**
         * Creates a plain object from a CatDefinition message. Also converts values to other types if specified.
         * @function toObject
         * @memberof ingres.CatDefinition
         * @static
         * @param {ingres.CatDefinition} message CatDefinition
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        CatDefinition.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.relation = "";
                object.kind = "";
                object.id = 0;
                object.text = "";
            }
            if (message.relation != null && Object.hasOwnProperty.call(message, "relation"))
                object.relation = message.relation;
            if (message.kind != null && Object.hasOwnProperty.call(message, "kind"))
                object.kind = message.kind;
            if (message.id != null && Object.hasOwnProperty.call(message, "id"))
                object.id = message.id;
            if (message.text != null && Object.hasOwnProperty.call(message, "text"))
                object.text = message.text;
            return object;
        };

        /**
         * Converts this CatDefinition to JSON.
         * @function toJSON
         * @memberof ingres.CatDefinition
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        CatDefinition.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the default type url for CatDefinition
         * @function getTypeUrl
         * @memberof ingres.CatDefinition
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        CatDefinition.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/ingres.CatDefinition";
        };

        return CatDefinition;
    })();

    ingres.ScResp = (function() {

        /**
         * Properties of a ScResp.
         * @memberof ingres
         * @interface IScResp
         * @property {ingres.ICatRelation|null} [relation] ScResp relation
         * @property {ingres.ICatDefinition|null} [definition] ScResp definition
         * @property {ingres.IScDone|null} [done] ScResp done
         */

        /**
         * Constructs a new ScResp.
         * @memberof ingres
         * @classdesc Represents a ScResp.
         * @implements IScResp
         * @constructor
         * @param {ingres.IScResp=} [properties] Properties to set
         */
        function ScResp(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * ScResp relation.
         * @member {ingres.ICatRelation|null|undefined} relation
         * @memberof ingres.ScResp
         * @instance
         */
        ScResp.prototype.relation = null;

        /**
         * ScResp definition.
         * @member {ingres.ICatDefinition|null|undefined} definition
         * @memberof ingres.ScResp
         * @instance
         */
        ScResp.prototype.definition = null;

        /**
         * ScResp done.
         * @member {ingres.IScDone|null|undefined} done
         * @memberof ingres.ScResp
         * @instance
         */
        ScResp.prototype.done = null;

        // OneOf field names bound to virtual getters and setters
        let $oneOfFields;

        /**
         * ScResp item.
         * @member {"relation"|"definition"|"done"|undefined} item
         * @memberof ingres.ScResp
         * @instance
         */
        Object.defineProperty(ScResp.prototype, "item", {
            get: $util.oneOfGetter($oneOfFields = ["relation", "definition", "done"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        /**
         * Creates a new ScResp instance using the specified properties.
         * @function create
         * @memberof ingres.ScResp
         * @static
         * @param {ingres.IScResp=} [properties] Properties to set
         * @returns {ingres.ScResp} ScResp instance
         */
        ScResp.create = function create(properties) {
            return new ScResp(properties);
        };

        /**
         * Encodes the specified ScResp message. Does not implicitly {@link ingres.ScResp.verify|verify} messages.
         * @function encode
         * @memberof ingres.ScResp
         * @static
         * @param {ingres.IScResp} message ScResp message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ScResp.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.relation != null && Object.hasOwnProperty.call(message, "relation"))
                $root.ingres.CatRelation.encode(message.relation, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            if (message.definition != null && Object.hasOwnProperty.call(message, "definition"))
                $root.ingres.CatDefinition.encode(message.definition, writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
            if (message.done != null && Object.hasOwnProperty.call(message, "done"))
                $root.ingres.ScDone.encode(message.done, writer.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
            return writer;
        };

        /**
         * Encodes the specified ScResp message, length delimited. Does not implicitly {@link ingres.ScResp.verify|verify} messages.
         * @function encodeDelimited
         * @memberof ingres.ScResp
         * @static
         * @param {ingres.IScResp} message ScResp message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ScResp.encodeDelimited = function encodeDelimited(message, writer) {
            return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
        };

        /**
         * Decodes a ScResp message from the specified reader or buffer.
         * @function decode
         * @memberof ingres.ScResp
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ingres.ScResp} ScResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ScResp.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.ingres.ScResp();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.relation = $root.ingres.CatRelation.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                case 2: {
                        message.definition = $root.ingres.CatDefinition.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                case 3: {
                        message.done = $root.ingres.ScDone.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Decodes a ScResp message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof ingres.ScResp
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {ingres.ScResp} ScResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ScResp.decodeDelimited = function decodeDelimited(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.uint32());
        };

        /**
         * Verifies a ScResp message.
         * @function verify
         * @memberof ingres.ScResp
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        ScResp.verify = function verify(message, long) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                return "maximum nesting depth exceeded";
            let properties = {};
            if (message.relation != null && Object.hasOwnProperty.call(message, "relation")) {
                properties.item = 1;
                {
                    let error = $root.ingres.CatRelation.verify(message.relation, long + 1);
                    if (error)
                        return "relation." + error;
                }
            }
            if (message.definition != null && Object.hasOwnProperty.call(message, "definition")) {
                if (properties.item === 1)
                    return "item: multiple values";
                properties.item = 1;
                {
                    let error = $root.ingres.CatDefinition.verify(message.definition, long + 1);
                    if (error)
                        return "definition." + error;
                }
            }
            if (message.done != null && Object.hasOwnProperty.call(message, "done")) {
                if (properties.item === 1)
                    return "item: multiple values";
                properties.item = 1;
                {
                    let error = $root.ingres.ScDone.verify(message.done, long + 1);
                    if (error)
                        return "done." + error;
                }
            }
            return null;
        };

        /**
         * Creates a ScResp message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof ingres.ScResp
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {ingres.ScResp} ScResp
         */
        ScResp.fromObject = function fromObject(object, long) {
            if (object instanceof $root.ingres.ScResp)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".ingres.ScResp: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.ingres.ScResp();
            if (object.relation != null) {
                if (!$util.isObject(object.relation))
                    throw TypeError(".ingres.ScResp.relation: object expected");
                message.relation = $root.ingres.CatRelation.fromObject(object.relation, long + 1);
            }
            if (object.definition != null) {
                if (!$util.isObject(object.definition))
                    throw TypeError(".ingres.ScResp.definition: object expected");
                message.definition = $root.ingres.CatDefinition.fromObject(object.definition, long + 1);
            }
            if (object.done != null) {
                if (!$util.isObject(object.done))
                    throw TypeError(".ingres.ScResp.done: object expected");
                message.done = $root.ingres.ScDone.fromObject(object.done, long + 1);
            }
            return message;
        };

        /**
         * Creates a plain object from a ScResp message. Also converts values to other types if specified.
         * @function toObject
         * @memberof ingres.ScResp
         * @static
         * @param {ingres.ScResp} message ScResp
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        ScResp.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (message.relation != null && Object.hasOwnProperty.call(message, "relation")) {
                object.relation = $root.ingres.CatRelation.toObject(message.relation, options, q + 1);
                if (options.oneofs)
                    object.item = "relation";
            }
            if (message.definition != null && Object.hasOwnProperty.call(message, "definition")) {
                object.definition = $root.ingres.CatDefinition.toObject(message.definition, options, q + 1);
                if (options.oneofs)
                    object.item = "definition";
            }
            if (message.done != null && Object.hasOwnProperty.call(message, "done")) {
                object.done = $root.ingres.ScDone.toObject(message.done, options, q + 1);
                if (options.oneofs)
                    object.item = "done";
            }
            return object;
        };

        /**
         * Converts this ScResp to JSON.
         * @function toJSON
         * @memberof ingres.ScResp
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        ScResp.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the default type url for ScResp
         * @function getTypeUrl
         * @memberof ingres.ScResp
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        ScResp.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/ingres.ScResp";
        };

        return ScResp;
    })();

    ingres.ScDone = (function() {

        /**
         * Properties of a ScDone.
         * @memberof ingres
         * @interface IScDone
         * @property {string|null} [digest] ScDone digest
         * @property {number|null} [relations] ScDone relations
         */

        /**
         * Constructs a new ScDone.
         * @memberof ingres
         * @classdesc Represents a ScDone.
         * @implements IScDone
         * @constructor
         * @param {ingres.IScDone=} [properties] Properties to set
         */
        function ScDone(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * ScDone digest.
         * @member {string} digest
         * @memberof ingres.ScDone
         * @instance
         */
        ScDone.prototype.digest = "";

        /**
         * ScDone relations.
         * @member {number} relations
         * @memberof ingres.ScDone
         * @instance
         */
        ScDone.prototype.relations = 0;

        /**
         * Creates a new ScDone instance using the specified properties.
         * @function create
         * @memberof ingres.ScDone
         * @static
         * @param {ingres.IScDone=} [properties] Properties to set
         * @returns {ingres.ScDone} ScDone instance
         */
        ScDone.create = function create(properties) {
            return new ScDone(properties);
        };

        /**
         * Encodes the specified ScDone message. Does not implicitly {@link ingres.ScDone.verify|verify} messages.
         * @function encode
         * @memberof ingres.ScDone
         * @static
         * @param {ingres.IScDone} message ScDone message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ScDone.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.digest != null && Object.hasOwnProperty.call(message, "digest"))
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.digest);
            if (message.relations != null && Object.hasOwnProperty.call(message, "relations"))
                writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.relations);
            return writer;
        };

        /**
         * Encodes the specified ScDone message, length delimited. Does not implicitly {@link ingres.ScDone.verify|verify} messages.
         * @function encodeDelimited
         * @memberof ingres.ScDone
         * @static
         * @param {ingres.IScDone} message ScDone message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ScDone.encodeDelimited = function encodeDelimited(message, writer) {
            return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
        };

        /**
         * Decodes a ScDone message from the specified reader or buffer.
         * @function decode
         * @memberof ingres.ScDone
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ingres.ScDone} ScDone
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ScDone.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.ingres.ScDone();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.digest = reader.string();
                        break;
                    }
                case 2: {
                        message.relations = reader.uint32();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Decodes a ScDone message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof ingres.ScDone
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {ingres.ScDone} ScDone
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ScDone.decodeDelimited = function decodeDelimited(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.uint32());
        };

        /**
         * Verifies a ScDone message.
         * @function verify
         * @memberof ingres.ScDone
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        ScDone.verify = function verify(message, long) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                return "maximum nesting depth exceeded";
            if (message.digest != null && Object.hasOwnProperty.call(message, "digest"))
                if (!$util.isString(message.digest))
                    return "digest: string expected";
            if (message.relations != null && Object.hasOwnProperty.call(message, "relations"))
                if (!$util.isInteger(message.relations))
                    return "relations: integer expected";
            return null;
        };

        /**
         * Creates a ScDone message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof ingres.ScDone
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {ingres.ScDone} ScDone
         */
        ScDone.fromObject = function fromObject(object, long) {
            if (object instanceof $root.ingres.ScDone)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".ingres.ScDone: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.ingres.ScDone();
            if (object.digest != null)
                message.digest = String(object.digest);
            if (object.relations != null)
                message.relations = object.relations >>> 0;
            return message;
        };

        /**
         * Creates a plain object from a ScDone message. Also converts values to other types if specified.
         * @function toObject
         * @memberof ingres.ScDone
         * @static
         * @param {ingres.ScDone} message ScDone
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        ScDone.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.digest = "";
                object.relations = 0;
            }
            if (message.digest != null && Object.hasOwnProperty.call(message, "digest"))
                object.digest = message.digest;
            if (message.relations != null && Object.hasOwnProperty.call(message, "relations"))
                object.relations = message.relations;
            return object;
        };

        /**
         * Converts this ScDone to JSON.
         * @function toJSON
         * @memberof ingres.ScDone
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        ScDone.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the default type url for ScDone
         * @function getTypeUrl
         * @memberof ingres.ScDone
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        ScDone.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/ingres.ScDone";
        };

        return ScDone;
    })();

    ingres.Command = (function() {

        /**
         * Properties of a Command.
         * @memberof ingres
         * @interface ICommand
         * @property {string|null} [command] Command command
         * @property {string|null} [database] Command database
         * @property {string|null} [user] Command user
         * @property {Array.<string>|null} [hosts] Command hosts
         * @property {string|null} [fromHost] Command fromHost
         */

        /**
         * Constructs a new Command.
         * @memberof ingres
         * @classdesc Represents a Command.
         * @implements ICommand
         * @constructor
         * @param {ingres.ICommand=} [properties] Properties to set
         */
        function Command(properties) {
            this.hosts = [];
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * Command command.
         * @member {string} command
         * @memberof ingres.Command
         * @instance
         */
        Command.prototype.command = "";

        /**
         * Command database.
         * @member {string} database
         * @memberof ingres.Command
         * @instance
         */
        Command.prototype.database = "";

        /**
         * Command user.
         * @member {string} user
         * @memberof ingres.Command
         * @instance
         */
        Command.prototype.user = "";

        /**
         * Command hosts.
         * @member {Array.<string>} hosts
         * @memberof ingres.Command
         * @instance
         */
        Command.prototype.hosts = $util.emptyArray;

        /**
         * Command fromHost.
         * @member {string} fromHost
         * @memberof ingres.Command
         * @instance
         */
        Command.prototype.fromHost = "";

        /**
         * Creates a new Command instance using the specified properties.
         * @function create
         * @memberof ingres.Command
         * @static
         * @param {ingres.ICommand=} [properties] Properties to set
         * @returns {ingres.Command} Command instance
         */
        Command.create = function create(properties) {
            return new Command(properties);
        };

        /**
         * Encodes the specified Command message. Does not implicitly {@link ingres.Command.verify|verify} messages.
         * @function encode
         * @memberof ingres.Command
         * @static
         * @param {ingres.ICommand} message Command message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Command.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.command != null && Object.hasOwnProperty.call(message, "command"))
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.command);
            if (message.database != null && Object.hasOwnProperty.call(message, "database"))
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.database);
            if (message.user != null && Object.hasOwnProperty.call(message, "user"))
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.user);
            if (message.hosts != null && message.hosts.length)
                for (let i = 0; i < message.hosts.length; ++i)
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.hosts[i]);
            if (message.fromHost != null && Object.hasOwnProperty.call(message, "fromHost"))
                writer.uint32(/* id 5, wireType 2 =*/42).string(message.fromHost);
            return writer;
        };

        /**
         * Encodes the specified Command message, length delimited. Does not implicitly {@link ingres.Command.verify|verify} messages.
         * @function encodeDelimited
         * @memberof ingres.Command
         * @static
         * @param {ingres.ICommand} message Command message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Command.encodeDelimited = function encodeDelimited(message, writer) {
            return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
        };

        /**
         * Decodes a Command message from the specified reader or buffer.
         * @function decode
         * @memberof ingres.Command
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ingres.Command} Command
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Command.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.ingres.Command();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.command = reader.string();
                        break;
                    }
                case 2: {
                        message.database = reader.string();
                        break;
                    }
                case 3: {
                        message.user = reader.string();
                        break;
                    }
                case 4: {
                        if (!(message.hosts && message.hosts.length))
                            message.hosts = [];
                        message.hosts.push(reader.string());
                        break;
                    }
                case 5: {
                        message.fromHost = reader.string();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Decodes a Command message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof ingres.Command
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {ingres.Command} Command
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Command.decodeDelimited = function decodeDelimited(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.uint32());
        };

        /**
         * Verifies a Command message.
         * @function verify
         * @memberof ingres.Command
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        Command.verify = function verify(message, long) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                return "maximum nesting depth exceeded";
            if (message.command != null && Object.hasOwnProperty.call(message, "command"))
                if (!$util.isString(message.command))
                    return "command: string expected";
            if (message.database != null && Object.hasOwnProperty.call(message, "database"))
                if (!$util.isString(message.database))
                    return "database: string expected";
            if (message.user != null && Object.hasOwnProperty.call(message, "user"))
                if (!$util.isString(message.user))
                    return "user: string expected";
            if (message.hosts != null && Object.hasOwnProperty.call(message, "hosts")) {
                if (!Array.isArray(message.hosts))
                    return "hosts: array expected";
                for (let i = 0; i < message.hosts.length; ++i)
                    if (!$util.isString(message.hosts[i]))
                        return "hosts: string[] expected";
            }
            if (message.fromHost != null && Object.hasOwnProperty.call(message, "fromHost"))
                if (!$util.isString(message.fromHost))
                    return "fromHost: string expected";
            return null;
        };

        /**
         * Creates a Command message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof ingres.Command
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {ingres.Command} Command
         */
        Command.fromObject = function fromObject(object, long) {
            if (object instanceof $root.ingres.Command)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".ingres.Command: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.ingres.Command();
            if (object.command != null)
                message.command = String(object.command);
            if (object.database != null)
                message.database = String(object.database);
            if (object.user != null)
                message.user = String(object.user);
            if (object.hosts) {
                if (!Array.isArray(object.hosts))
                    throw TypeError(".ingres.Command.hosts: array expected");
                message.hosts = [];
                for (let i = 0; i < object.hosts.length; ++i)
                    message.hosts[i] = String(object.hosts[i]);
            }
            if (object.fromHost != null)
                message.fromHost = String(object.fromHost);
            return message;
        };

        /**
         * Creates a plain object from a Command message. Also converts values to other types if specified.
         * @function toObject
         * @memberof ingres.Command
         * @static
         * @param {ingres.Command} message Command
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        Command.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.hosts = [];
            if (options.defaults) {
                object.command = "";
                object.database = "";
                object.user = "";
                object.fromHost = "";
            }
            if (message.command != null && Object.hasOwnProperty.call(message, "command"))
                object.command = message.command;
            if (message.database != null && Object.hasOwnProperty.call(message, "database"))
                object.database = message.database;
            if (message.user != null && Object.hasOwnProperty.call(message, "user"))
                object.user = message.user;
            if (message.hosts && message.hosts.length) {
                object.hosts = [];
                for (let j = 0; j < message.hosts.length; ++j)
                    object.hosts[j] = message.hosts[j];
            }
            if (message.fromHost != null && Object.hasOwnProperty.call(message, "fromHost"))
                object.fromHost = message.fromHost;
            return object;
        };

        /**
         * Converts this Command to JSON.
         * @function toJSON
         * @memberof ingres.Command
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        Command.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the default type url for Command
         * @function getTypeUrl
         * @memberof ingres.Command
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        Command.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/ingres.Command";
        };

        return Command;
    })();

    ingres.ComResp = (function() {

        /**
         * Properties of a ComResp.
         * @memberof ingres
         * @interface IComResp
         * @property {string|null} [host] ComResp host
         * @property {boolean|null} [ok] ComResp ok
         * @property {number|null} [code] ComResp code
         * @property {string|null} [message] ComResp message
         */

        /**
         * Constructs a new ComResp.
         * @memberof ingres
         * @classdesc Represents a ComResp.
         * @implements IComResp
         * @constructor
         * @param {ingres.IComResp=} [properties] Properties to set
         */
        function ComResp(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * ComResp host.
         * @member {string} host
         * @memberof ingres.ComResp
         * @instance
         */
        ComResp.prototype.host = "";

        /**
         * ComResp ok.
         * @member {boolean} ok
         * @memberof ingres.ComResp
         * @instance
         */
        ComResp.prototype.ok = false;

        /**
         * ComResp code.
         * @member {number} code
         * @memberof ingres.ComResp
         * @instance
         */
        ComResp.prototype.code = 0;

        /**
         * ComResp message.
         * @member {string} message
         * @memberof ingres.ComResp
         * @instance
         */
        ComResp.prototype.message = "";

        /**
         * Creates a new ComResp instance using the specified properties.
         * @function create
         * @memberof ingres.ComResp
         * @static
         * @param {ingres.IComResp=} [properties] Properties to set
         * @returns {ingres.ComResp} ComResp instance
         */
        ComResp.create = function create(properties) {
            return new ComResp(properties);
        };

        /**
         * Encodes the specified ComResp message. Does not implicitly {@link ingres.ComResp.verify|verify} messages.
         * @function encode
         * @memberof ingres.ComResp
         * @static
         * @param {ingres.IComResp} message ComResp message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ComResp.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.host != null && Object.hasOwnProperty.call(message, "host"))
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.host);
            if (message.ok != null && Object.hasOwnProperty.call(message, "ok"))
                writer.uint32(/* id 2, wireType 0 =*/16).bool(message.ok);
            if (message.code != null && Object.hasOwnProperty.call(message, "code"))
                writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.code);
            if (message.message != null && Object.hasOwnProperty.call(message, "message"))
                writer.uint32(/* id 4, wireType 2 =*/34).string(message.message);
            return writer;
        };

        /**
         * Encodes the specified ComResp message, length delimited. Does not implicitly {@link ingres.ComResp.verify|verify} messages.
         * @function encodeDelimited
         * @memberof ingres.ComResp
         * @static
         * @param {ingres.IComResp} message ComResp message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ComResp.encodeDelimited = function encodeDelimited(message, writer) {
            return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
        };

        /**
         * Decodes a ComResp message from the specified reader or buffer.
         * @function decode
         * @memberof ingres.ComResp
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ingres.ComResp} ComResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ComResp.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.ingres.ComResp();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.host = reader.string();
                        break;
                    }
                case 2: {
                        message.ok = reader.bool();
                        break;
                    }
                case 3: {
                        message.code = reader.uint32();
                        break;
                    }
                case 4: {
                        message.message = reader.string();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Decodes a ComResp message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof ingres.ComResp
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {ingres.ComResp} ComResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ComResp.decodeDelimited = function decodeDelimited(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.uint32());
        };

        /**
         * Verifies a ComResp message.
         * @function verify
         * @memberof ingres.ComResp
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        ComResp.verify = function verify(message, long) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                return "maximum nesting depth exceeded";
            if (message.host != null && Object.hasOwnProperty.call(message, "host"))
                if (!$util.isString(message.host))
                    return "host: string expected";
            if (message.ok != null && Object.hasOwnProperty.call(message, "ok"))
                if (typeof message.ok !== "boolean")
                    return "ok: boolean expected";
            if (message.code != null && Object.hasOwnProperty.call(message, "code"))
                if (!$util.isInteger(message.code))
                    return "code: integer expected";
            if (message.message != null && Object.hasOwnProperty.call(message, "message"))
                if (!$util.isString(message.message))
                    return "message: string expected";
            return null;
        };

        /**
         * Creates a ComResp message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof ingres.ComResp
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {ingres.ComResp} ComResp
         */
        ComResp.fromObject = function fromObject(object, long) {
            if (object instanceof $root.ingres.ComResp)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".ingres.ComResp: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.ingres.ComResp();
            if (object.host != null)
                message.host = String(object.host);
            if (object.ok != null)
                message.ok = Boolean(object.ok);
            if (object.code != null)
                message.code = object.code >>> 0;
            if (object.message != null)
                message.message = String(object.message);
            return message;
        };

        /**
         * Creates a plain object from a ComResp message. Also converts values to other types if specified.
         * @function toObject
         * @memberof ingres.ComResp
         * @static
         * @param {ingres.ComResp} message ComResp
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        ComResp.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.host = "";
                object.ok = false;
                object.code = 0;
                object.message = "";
            }
            if (message.host != null && Object.hasOwnProperty.call(message, "host"))
                object.host = message.host;
            if (message.ok != null && Object.hasOwnProperty.call(message, "ok"))
                object.ok = message.ok;
            if (message.code != null && Object.hasOwnProperty.call(message, "code"))
                object.code = message.code;
            if (message.message != null && Object.hasOwnProperty.call(message, "message"))
                object.message = message.message;
            return object;
        };

        /**
         * Converts this ComResp to JSON.
         * @function toJSON
         * @memberof ingres.ComResp
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        ComResp.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the default type url for ComResp
         * @function getTypeUrl
         * @memberof ingres.ComResp
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        ComResp.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/ingres.ComResp";
        };

        return ComResp;
    })();

    ingres.DbStateRequest = (function() {

        /**
         * Properties of a DbStateRequest.
         * @memberof ingres
         * @interface IDbStateRequest
         * @property {string|null} [database] DbStateRequest database
         */

        /**
         * Constructs a new DbStateRequest.
         * @memberof ingres
         * @classdesc Represents a DbStateRequest.
         * @implements IDbStateRequest
         * @constructor
         * @param {ingres.IDbStateRequest=} [properties] Properties to set
         */
        function DbStateRequest(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * DbStateRequest database.
         * @member {string} database
         * @memberof ingres.DbStateRequest
         * @instance
         */
        DbStateRequest.prototype.database = "";

        /**
         * Creates a new DbStateRequest instance using the specified properties.
         * @function create
         * @memberof ingres.DbStateRequest
         * @static
         * @param {ingres.IDbStateRequest=} [properties] Properties to set
         * @returns {ingres.DbStateRequest} DbStateRequest instance
         */
        DbStateRequest.create = function create(properties) {
            return new DbStateRequest(properties);
        };

        /**
         * Encodes the specified DbStateRequest message. Does not implicitly {@link ingres.DbStateRequest.verify|verify} messages.
         * @function encode
         * @memberof ingres.DbStateRequest
         * @static
         * @param {ingres.IDbStateRequest} message DbStateRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        DbStateRequest.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.database != null && Object.hasOwnProperty.call(message, "database"))
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.database);
            return writer;
        };

        /**
         * Encodes the specified DbStateRequest message, length delimited. Does not implicitly {@link ingres.DbStateRequest.verify|verify} messages.
         * @function encodeDelimited
         * @memberof ingres.DbStateRequest
         * @static
         * @param {ingres.IDbStateRequest} message DbStateRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        DbStateRequest.encodeDelimited = function encodeDelimited(message, writer) {
            return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
        };

        /**
         * Decodes a DbStateRequest message from the specified reader or buffer.
         * @function decode
         * @memberof ingres.DbStateRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ingres.DbStateRequest} DbStateRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        DbStateRequest.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.ingres.DbStateRequest();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.database = reader.string();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Decodes a DbStateRequest message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof ingres.DbStateRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {ingres.DbStateRequest} DbStateRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        DbStateRequest.decodeDelimited = function decodeDelimited(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.uint32());
        };

        /**
         * Verifies a DbStateRequest message.
         * @function verify
         * @memberof ingres.DbStateRequest
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        DbStateRequest.verify = function verify(message, long) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                return "maximum nesting depth exceeded";
            if (message.database != null && Object.hasOwnProperty.call(message, "database"))
                if (!$util.isString(message.database))
                    return "database: string expected";
            return null;
        };

        /**
         * Creates a DbStateRequest message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof ingres.DbStateRequest
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {ingres.DbStateRequest} DbStateRequest
         */
        DbStateRequest.fromObject = function fromObject(object, long) {
            if (object instanceof $root.ingres.DbStateRequest)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".ingres.DbStateRequest: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.ingres.DbStateRequest();
            if (object.database != null)
                message.database = String(object.database);
            return message;
        };

        /**
         * Creates a plain object from a DbStateRequest message. Also converts values to other types if specified.
         * @function toObject
         * @memberof ingres.DbStateRequest
         * @static
         * @param {ingres.DbStateRequest} message DbStateRequest
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        DbStateRequest.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.defaults)
                object.database = "";
            if (message.database != null && Object.hasOwnProperty.call(message, "database"))
                object.database = message.database;
            return object;
        };

        /**
         * Converts this DbStateRequest to JSON.
         * @function toJSON
         * @memberof ingres.DbStateRequest
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        DbStateRequest.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the default type url for DbStateRequest
         * @function getTypeUrl
         * @memberof ingres.DbStateRequest
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        DbStateRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/ingres.DbStateRequest";
        };

        return DbStateRequest;
    })();

    ingres.DbStateRow = (function() {

        /**
         * Properties of a DbStateRow.
         * @memberof ingres
         * @interface IDbStateRow
         * @property {string|null} [host] DbStateRow host
         * @property {boolean|null} [up] DbStateRow up
         * @property {number|null} [rttMs] DbStateRow rttMs
         * @property {string|null} [dbname] DbStateRow dbname
         * @property {boolean|null} [ldb] DbStateRow ldb
         * @property {boolean|null} [dbupdate] DbStateRow dbupdate
         * @property {boolean|null} [ldbs] DbStateRow ldbs
         * @property {boolean|null} [cuh] DbStateRow cuh
         * @property {boolean|null} [luh] DbStateRow luh
         * @property {string|null} [lmsh] DbStateRow lmsh
         * @property {boolean|null} [cons] DbStateRow cons
         * @property {boolean|null} [waitsys] DbStateRow waitsys
         */

        /**
         * Constructs a new DbStateRow.
         * @memberof ingres
         * @classdesc Represents a DbStateRow.
         * @implements IDbStateRow
         * @constructor
         * @param {ingres.IDbStateRow=} [properties] Properties to set
         */
        function DbStateRow(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * DbStateRow host.
         * @member {string} host
         * @memberof ingres.DbStateRow
         * @instance
         */
        DbStateRow.prototype.host = "";

        /**
         * DbStateRow up.
         * @member {boolean} up
         * @memberof ingres.DbStateRow
         * @instance
         */
        DbStateRow.prototype.up = false;

        /**
         * DbStateRow rttMs.
         * @member {number} rttMs
         * @memberof ingres.DbStateRow
         * @instance
         */
        DbStateRow.prototype.rttMs = 0;

        /**
         * DbStateRow dbname.
         * @member {string} dbname
         * @memberof ingres.DbStateRow
         * @instance
         */
        DbStateRow.prototype.dbname = "";

        /**
         * DbStateRow ldb.
         * @member {boolean} ldb
         * @memberof ingres.DbStateRow
         * @instance
         */
        DbStateRow.prototype.ldb = false;

        /**
         * DbStateRow dbupdate.
         * @member {boolean} dbupdate
         * @memberof ingres.DbStateRow
         * @instance
         */
        DbStateRow.prototype.dbupdate = false;

        /**
         * DbStateRow ldbs.
         * @member {boolean} ldbs
         * @memberof ingres.DbStateRow
         * @instance
         */
        DbStateRow.prototype.ldbs = false;

        /**
         * DbStateRow cuh.
         * @member {boolean} cuh
         * @memberof ingres.DbStateRow
         * @instance
         */
        DbStateRow.prototype.cuh = false;

        /**
         * DbStateRow luh.
         * @member {boolean} luh
         * @memberof ingres.DbStateRow
         * @instance
         */
        DbStateRow.prototype.luh = false;

        /**
         * DbStateRow lmsh.
         * @member {string} lmsh
         * @memberof ingres.DbStateRow
         * @instance
         */
        DbStateRow.prototype.lmsh = "";

        /**
         * DbStateRow cons.
         * @member {boolean} cons
         * @memberof ingres.DbStateRow
         * @instance
         */
        DbStateRow.prototype.cons = false;

        /**
         * DbStateRow waitsys.
         * @member {boolean} waitsys
         * @memberof ingres.DbStateRow
         * @instance
         */
        DbStateRow.prototype.waitsys = false;

        /**
         * Creates a new DbStateRow instance using the specified properties.
         * @function create
         * @memberof ingres.DbStateRow
         * @static
         * @param {ingres.IDbStateRow=} [properties] Properties to set
         * @returns {ingres.DbStateRow} DbStateRow instance
         */
        DbStateRow.create = function create(properties) {
            return new DbStateRow(properties);
        };

        /**
         * Encodes the specified DbStateRow message. Does not implicitly {@link ingres.DbStateRow.verify|verify} messages.
         * @function encode
         * @memberof ingres.DbStateRow
         * @static
         * @param {ingres.IDbStateRow} message DbStateRow message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        DbStateRow.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.host != null && Object.hasOwnProperty.call(message, "host"))
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.host);
            if (message.up != null && Object.hasOwnProperty.call(message, "up"))
                writer.uint32(/* id 2, wireType 0 =*/16).bool(message.up);
            if (message.rttMs != null && Object.hasOwnProperty.call(message, "rttMs"))
                writer.uint32(/* id 3, wireType 0 =*/24).sint32(message.rttMs);
            if (message.dbname != null && Object.hasOwnProperty.call(message, "dbname"))
                writer.uint32(/* id 4, wireType 2 =*/34).string(message.dbname);
            if (message.ldb != null && Object.hasOwnProperty.call(message, "ldb"))
                writer.uint32(/* id 5, wireType 0 =*/40).bool(message.ldb);
            if (message.dbupdate != null && Object.hasOwnProperty.call(message, "dbupdate"))
                writer.uint32(/* id 6, wireType 0 =*/48).bool(message.dbupdate);
            if (message.ldbs != null && Object.hasOwnProperty.call(message, "ldbs"))
                writer.uint32(/* id 7, wireType 0 =*/56).bool(message.ldbs);
            if (message.cuh != null && Object.hasOwnProperty.call(message, "cuh"))
                writer.uint32(/* id 8, wireType 0 =*/64).bool(message.cuh);
            if (message.luh != null && Object.hasOwnProperty.call(message, "luh"))
                writer.uint32(/* id 9, wireType 0 =*/72).bool(message.luh);
            if (message.lmsh != null && Object.hasOwnProperty.call(message, "lmsh"))
                writer.uint32(/* id 10, wireType 2 =*/82).string(message.lmsh);
            if (message.cons != null && Object.hasOwnProperty.call(message, "cons"))
                writer.uint32(/* id 11, wireType 0 =*/88).bool(message.cons);
            if (message.waitsys != null && Object.hasOwnProperty.call(message, "waitsys"))
                writer.uint32(/* id 12, wireType 0 =*/96).bool(message.waitsys);
            return writer;
        };

        /**
         * Encodes the specified DbStateRow message, length delimited. Does not implicitly {@link ingres.DbStateRow.verify|verify} messages.
         * @function encodeDelimited
         * @memberof ingres.DbStateRow
         * @static
         * @param {ingres.IDbStateRow} message DbStateRow message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        DbStateRow.encodeDelimited = function encodeDelimited(message, writer) {
            return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
        };

        /**
         * Decodes a DbStateRow message from the specified reader or buffer.
         * @function decode
         * @memberof ingres.DbStateRow
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ingres.DbStateRow} DbStateRow
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        DbStateRow.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.ingres.DbStateRow();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.host = reader.string();
                        break;
                    }
                case 2: {
                        message.up = reader.bool();
                        break;
                    }
                case 3: {
                        message.rttMs = reader.sint32();
                        break;
                    }
                case 4: {
                        message.dbname = reader.string();
                        break;
                    }
                case 5: {
                        message.ldb = reader.bool();
                        break;
                    }
                case 6: {
                        message.dbupdate = reader.bool();
                        break;
                    }
                case 7: {
                        message.ldbs = reader.bool();
                        break;
                    }
                case 8: {
                        message.cuh = reader.bool();
                        break;
                    }
                case 9: {
                        message.luh = reader.bool();
                        break;
                    }
                case 10: {
                        message.lmsh = reader.string();
                        break;
                    }
                case 11: {
                        message.cons = reader.bool();
                        break;
                    }
                case 12: {
                        message.waitsys = reader.bool();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Decodes a DbStateRow message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof ingres.DbStateRow
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {ingres.DbStateRow} DbStateRow
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        DbStateRow.decodeDelimited = function decodeDelimited(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.uint32());
        };

        /**
         * Verifies a DbStateRow message.
         * @function verify
         * @memberof ingres.DbStateRow
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        DbStateRow.verify = function verify(message, long) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                return "maximum nesting depth exceeded";
            if (message.host != null && Object.hasOwnProperty.call(message, "host"))
                if (!$util.isString(message.host))
                    return "host: string expected";
            if (message.up != null && Object.hasOwnProperty.call(message, "up"))
                if (typeof message.up !== "boolean")
                    return "up: boolean expected";
            if (message.rttMs != null && Object.hasOwnProperty.call(message, "rttMs"))
                if (!$util.isInteger(message.rttMs))
                    return "rttMs: integer expected";
            if (message.dbname != null && Object.hasOwnProperty.call(message, "dbname"))
                if (!$util.isString(message.dbname))
                    return "dbname: string expected";
            if (message.ldb != null && Object.hasOwnProperty.call(message, "ldb"))
                if (typeof message.ldb !== "boolean")
                    return "ldb: boolean expected";
            if (message.dbupdate != null && Object.hasOwnProperty.call(message, "dbupdate"))
                if (typeof message.dbupdate !== "boolean")
                    return "dbupdate: boolean expected";
            if (message.ldbs != null && Object.hasOwnProperty.call(message, "ldbs"))
                if (typeof message.ldbs !== "boolean")
                    return "ldbs: boolean expected";
            if (message.cuh != null && Object.hasOwnProperty.call(message, "cuh"))
                if (typeof message.cuh !== "boolean")
                    return "cuh: boolean expected";
            if (message.luh != null && Object.hasOwnProperty.call(message, "luh"))
                if (typeof message.luh !== "boolean")
                    return "luh: boolean expected";
            if (message.lmsh != null && Object.hasOwnProperty.call(message, "lmsh"))
                if (!$util.isString(message.lmsh))
                    return "lmsh: string expected";
            if (message.cons != null && Object.hasOwnProperty.call(message, "cons"))
                if (typeof message.cons !== "boolean")
                    return "cons: boolean expected";
            if (message.waitsys != null && Object.hasOwnProperty.call(message, "waitsys"))
                if (typeof message.waitsys !== "boolean")
                    return "waitsys: boolean expected";
            return null;
        };

        /**
         * Creates a DbStateRow message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof ingres.DbStateRow
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {ingres.DbStateRow} DbStateRow
         */
        DbStateRow.fromObject = function fromObject(object, long) {
            if (object instanceof $root.ingres.DbStateRow)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".ingres.DbStateRow: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.ingres.DbStateRow();
            if (object.host != null)
                message.host = String(object.host);
            if (object.up != null)
                message.up = Boolean(object.up);
            if (object.rttMs != null)
                message.rttMs = object.rttMs | 0;
            if (object.dbname != null)
                message.dbname = String(object.dbname);
            if (object.ldb != null)
                message.ldb = Boolean(object.ldb);
            if (object.dbupdate != null)
                message.dbupdate = Boolean(object.dbupdate);
            if (object.ldbs != null)
                message.ldbs = Boolean(object.ldbs);
            if (object.cuh != null)
                message.cuh = Boolean(object.cuh);
            if (object.luh != null)
                message.luh = Boolean(object.luh);
            if (object.lmsh != null)
                message.lmsh = String(object.lmsh);
            if (object.cons != null)
                message.cons = Boolean(object.cons);
            if (object.waitsys != null)
                message.waitsys = Boolean(object.waitsys);
            return message;
        };

        /**
         * Creates a plain object from a DbStateRow message. Also converts values to other types if specified.
         * @function toObject
         * @memberof ingres.DbStateRow
         * @static
         * @param {ingres.DbStateRow} message DbStateRow
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        DbStateRow.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.host = "";
                object.up = false;
                object.rttMs = 0;
                object.dbname = "";
                object.ldb = false;
                object.dbupdate = false;
                object.ldbs = false;
                object.cuh = false;
                object.luh = false;
                object.lmsh = "";
                object.cons = false;
                object.waitsys = false;
            }
            if (message.host != null && Object.hasOwnProperty.call(message, "host"))
                object.host = message.host;
            if (message.up != null && Object.hasOwnProperty.call(message, "up"))
                object.up = message.up;
            if (message.rttMs != null && Object.hasOwnProperty.call(message, "rttMs"))
                object.rttMs = message.rttMs;
            if (message.dbname != null && Object.hasOwnProperty.call(message, "dbname"))
                object.dbname = message.dbname;
            if (message.ldb != null && Object.hasOwnProperty.call(message, "ldb"))
                object.ldb = message.ldb;
            if (message.dbupdate != null && Object.hasOwnProperty.call(message, "dbupdate"))
                object.dbupdate = message.dbupdate;
            if (message.ldbs != null && Object.hasOwnProperty.call(message, "ldbs"))
                object.ldbs = message.ldbs;
            if (message.cuh != null && Object.hasOwnProperty.call(message, "cuh"))
                object.cuh = message.cuh;
            if (message.luh != null && Object.hasOwnProperty.call(message, "luh"))
                object.luh = message.luh;
            if (message.lmsh != null && Object.hasOwnProperty.call(message, "lmsh"))
                object.lmsh = message.lmsh;
            if (message.cons != null && Object.hasOwnProperty.call(message, "cons"))
                object.cons = message.cons;
            if (message.waitsys != null && Object.hasOwnProperty.call(message, "waitsys"))
                object.waitsys = message.waitsys;
            return object;
        };

        /**
         * Converts this DbStateRow to JSON.
         * @function toJSON
         * @memberof ingres.DbStateRow
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        DbStateRow.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the default type url for DbStateRow
         * @function getTypeUrl
         * @memberof ingres.DbStateRow
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        DbStateRow.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/ingres.DbStateRow";
        };

        return DbStateRow;
    })();

    ingres.InDoubtRow = (function() {

        /**
         * Properties of an InDoubtRow.
         * @memberof ingres
         * @interface IInDoubtRow
         * @property {string|null} [globalId] InDoubtRow globalId
         * @property {string|null} [coordinator] InDoubtRow coordinator
         * @property {number|null} [ageMs] InDoubtRow ageMs
         */

        /**
         * Constructs a new InDoubtRow.
         * @memberof ingres
         * @classdesc Represents an InDoubtRow.
         * @implements IInDoubtRow
         * @constructor
         * @param {ingres.IInDoubtRow=} [properties] Properties to set
         */
        function InDoubtRow(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * InDoubtRow globalId.
         * @member {string} globalId
         * @memberof ingres.InDoubtRow
         * @instance
         */
        InDoubtRow.prototype.globalId = "";

        /**
         * InDoubtRow coordinator.
         * @member {string} coordinator
         * @memberof ingres.InDoubtRow
         * @instance
         */
        InDoubtRow.prototype.coordinator = "";

        /**
         * InDoubtRow ageMs.
         * @member {number} ageMs
         * @memberof ingres.InDoubtRow
         * @instance
         */
        InDoubtRow.prototype.ageMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * Creates a new InDoubtRow instance using the specified properties.
         * @function create
         * @memberof ingres.InDoubtRow
         * @static
         * @param {ingres.IInDoubtRow=} [properties] Properties to set
         * @returns {ingres.InDoubtRow} InDoubtRow instance
         */
        InDoubtRow.create = function create(properties) {
            return new InDoubtRow(properties);
        };

        /**
         * Encodes the specified InDoubtRow message. Does not implicitly {@link ingres.InDoubtRow.verify|verify} messages.
         * @function encode
         * @memberof ingres.InDoubtRow
         * @static
         * @param {ingres.IInDoubtRow} message InDoubtRow message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        InDoubtRow.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.globalId != null && Object.hasOwnProperty.call(message, "globalId"))
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.globalId);
            if (message.coordinator != null && Object.hasOwnProperty.call(message, "coordinator"))
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.coordinator);
            if (message.ageMs != null && Object.hasOwnProperty.call(message, "ageMs"))
                writer.uint32(/* id 3, wireType 0 =*/24).sint64(message.ageMs);
            return writer;
        };

        /**
         * Encodes the specified InDoubtRow message, length delimited. Does not implicitly {@link ingres.InDoubtRow.verify|verify} messages.
         * @function encodeDelimited
         * @memberof ingres.InDoubtRow
         * @static
         * @param {ingres.IInDoubtRow} message InDoubtRow message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        InDoubtRow.encodeDelimited = function encodeDelimited(message, writer) {
            return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
        };

        /**
         * Decodes an InDoubtRow message from the specified reader or buffer.
         * @function decode
         * @memberof ingres.InDoubtRow
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ingres.InDoubtRow} InDoubtRow
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        InDoubtRow.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.ingres.InDoubtRow();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.globalId = reader.string();
                        break;
                    }
                case 2: {
                        message.coordinator = reader.string();
                        break;
                    }
                case 3: {
                        message.ageMs = reader.sint64();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Decodes an InDoubtRow message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof ingres.InDoubtRow
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {ingres.InDoubtRow} InDoubtRow
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        InDoubtRow.decodeDelimited = function decodeDelimited(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.uint32());
        };

        /**
         * Verifies an InDoubtRow message.
         * @function verify
         * @memberof ingres.InDoubtRow
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        InDoubtRow.verify = function verify(message, long) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                return "maximum nesting depth exceeded";
            if (message.globalId != null && Object.hasOwnProperty.call(message, "globalId"))
                if (!$util.isString(message.globalId))
                    return "globalId: string expected";
            if (message.coordinator != null && Object.hasOwnProperty.call(message, "coordinator"))
                if (!$util.isString(message.coordinator))
                    return "coordinator: string expected";
            if (message.ageMs != null && Object.hasOwnProperty.call(message, "ageMs"))
                if (!$util.isInteger(message.ageMs) && !(message.ageMs && $util.isInteger(message.ageMs.low) && $util.isInteger(message.ageMs.high)))
                    return "ageMs: integer|Long expected";
            return null;
        };

        /**
         * Creates an InDoubtRow message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof ingres.InDoubtRow
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {ingres.InDoubtRow} InDoubtRow
         */
        InDoubtRow.fromObject = function fromObject(object, long) {
            if (object instanceof $root.ingres.InDoubtRow)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".ingres.InDoubtRow: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.ingres.InDoubtRow();
            if (object.globalId != null)
                message.globalId = String(object.globalId);
            if (object.coordinator != null)
                message.coordinator = String(object.coordinator);
            if (object.ageMs != null)
                if ($util.Long)
                    message.ageMs = $util.Long.fromValue(object.ageMs, false);
                else if (typeof object.ageMs === "string")
                    message.ageMs = parseInt(object.ageMs, 10);
                else if (typeof object.ageMs === "number")
                    message.ageMs = object.ageMs;
                else if (typeof object.ageMs === "object")
                    message.ageMs = new $util.LongBits(object.ageMs.low >>> 0, object.ageMs.high >>> 0).toNumber();
            return message;
        };

        /**
         * Creates a plain object from an InDoubtRow message. Also converts values to other types if specified.
         * @function toObject
         * @memberof ingres.InDoubtRow
         * @static
         * @param {ingres.InDoubtRow} message InDoubtRow
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        InDoubtRow.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.globalId = "";
                object.coordinator = "";
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.ageMs = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                } else
                    object.ageMs = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
            }
            if (message.globalId != null && Object.hasOwnProperty.call(message, "globalId"))
                object.globalId = message.globalId;
            if (message.coordinator != null && Object.hasOwnProperty.call(message, "coordinator"))
                object.coordinator = message.coordinator;
            if (message.ageMs != null && Object.hasOwnProperty.call(message, "ageMs"))
                if (typeof BigInt !== "undefined" && options.longs === BigInt)
                    object.ageMs = typeof message.ageMs === "number" ? BigInt(message.ageMs) : $util.Long.fromBits(message.ageMs.low >>> 0, message.ageMs.high >>> 0, false).toBigInt();
                else if (typeof message.ageMs === "number")
                    object.ageMs = options.longs === String ? String(message.ageMs) : message.ageMs;
                else
                    object.ageMs = options.longs === String ? $util.Long.prototype.toString.call(message.ageMs) : options.longs === Number ? new $util.LongBits(message.ageMs.low >>> 0, message.ageMs.high >>> 0).toNumber() : message.ageMs;
            return object;
        };

        /**
         * Converts this InDoubtRow to JSON.
         * @function toJSON
         * @memberof ingres.InDoubtRow
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        InDoubtRow.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the default type url for InDoubtRow
         * @function getTypeUrl
         * @memberof ingres.InDoubtRow
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        InDoubtRow.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/ingres.InDoubtRow";
        };

        return InDoubtRow;
    })();

    ingres.DbStateDatabase = (function() {

        /**
         * Properties of a DbStateDatabase.
         * @memberof ingres
         * @interface IDbStateDatabase
         * @property {string|null} [database] DbStateDatabase database
         * @property {string|null} [localHost] DbStateDatabase localHost
         * @property {boolean|null} [ready] DbStateDatabase ready
         * @property {Array.<ingres.IDbStateRow>|null} [rows] DbStateDatabase rows
         * @property {Array.<ingres.IInDoubtRow>|null} [inDoubt] DbStateDatabase inDoubt
         */

        /**
         * Constructs a new DbStateDatabase.
         * @memberof ingres
         * @classdesc Represents a DbStateDatabase.
         * @implements IDbStateDatabase
         * @constructor
         * @param {ingres.IDbStateDatabase=} [properties] Properties to set
         */
        function DbStateDatabase(properties) {
            this.rows = [];
            this.inDoubt = [];
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * DbStateDatabase database.
         * @member {string} database
         * @memberof ingres.DbStateDatabase
         * @instance
         */
        DbStateDatabase.prototype.database = "";

        /**
         * DbStateDatabase localHost.
         * @member {string} localHost
         * @memberof ingres.DbStateDatabase
         * @instance
         */
        DbStateDatabase.prototype.localHost = "";

        /**
         * DbStateDatabase ready.
         * @member {boolean} ready
         * @memberof ingres.DbStateDatabase
         * @instance
         */
        DbStateDatabase.prototype.ready = false;

        /**
         * DbStateDatabase rows.
         * @member {Array.<ingres.IDbStateRow>} rows
         * @memberof ingres.DbStateDatabase
         * @instance
         */
        DbStateDatabase.prototype.rows = $util.emptyArray;

        /**
         * DbStateDatabase inDoubt.
         * @member {Array.<ingres.IInDoubtRow>} inDoubt
         * @memberof ingres.DbStateDatabase
         * @instance
         */
        DbStateDatabase.prototype.inDoubt = $util.emptyArray;

        /**
         * Creates a new DbStateDatabase instance using the specified properties.
         * @function create
         * @memberof ingres.DbStateDatabase
         * @static
         * @param {ingres.IDbStateDatabase=} [properties] Properties to set
         * @returns {ingres.DbStateDatabase} DbStateDatabase instance
         */
        DbStateDatabase.create = function create(properties) {
            return new DbStateDatabase(properties);
        };

        /**
         * Encodes the specified DbStateDatabase message. Does not implicitly {@link ingres.DbStateDatabase.verify|verify} messages.
         * @function encode
         * @memberof ingres.DbStateDatabase
         * @static
         * @param {ingres.IDbStateDatabase} message DbStateDatabase message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        DbStateDatabase.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.database != null && Object.hasOwnProperty.call(message, "database"))
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.database);
            if (message.localHost != null && Object.hasOwnProperty.call(message, "localHost"))
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.localHost);
            if (message.ready != null && Object.hasOwnProperty.call(message, "ready"))
                writer.uint32(/* id 3, wireType 0 =*/24).bool(message.ready);
            if (message.rows != null && message.rows.length)
                for (let i = 0; i < message.rows.length; ++i)
                    $root.ingres.DbStateRow.encode(message.rows[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
            if (message.inDoubt != null && message.inDoubt.length)
                for (let i = 0; i < message.inDoubt.length; ++i)
                    $root.ingres.InDoubtRow.encode(message.inDoubt[i], writer.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
            return writer;
        };

        /**
         * Encodes the specified DbStateDatabase message, length delimited. Does not implicitly {@link ingres.DbStateDatabase.verify|verify} messages.
         * @function encodeDelimited
         * @memberof ingres.DbStateDatabase
         * @static
         * @param {ingres.IDbStateDatabase} message DbStateDatabase message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        DbStateDatabase.encodeDelimited = function encodeDelimited(message, writer) {
            return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
        };

        /**
         * Decodes a DbStateDatabase message from the specified reader or buffer.
         * @function decode
         * @memberof ingres.DbStateDatabase
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ingres.DbStateDatabase} DbStateDatabase
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        DbStateDatabase.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.ingres.DbStateDatabase();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.database = reader.string();
                        break;
                    }
                case 2: {
                        message.localHost = reader.string();
                        break;
                    }
                case 3: {
                        message.ready = reader.bool();
                        break;
                    }
                case 4: {
                        if (!(message.rows && message.rows.length))
                            message.rows = [];
                        message.rows.push($root.ingres.DbStateRow.decode(reader, reader.uint32(), undefined, long + 1));
                        break;
                    }
                case 5: {
                        if (!(message.inDoubt && message.inDoubt.length))
                            message.inDoubt = [];
                        message.inDoubt.push($root.ingres.InDoubtRow.decode(reader, reader.uint32(), undefined, long + 1));
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Decodes a DbStateDatabase message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof ingres.DbStateDatabase
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {ingres.DbStateDatabase} DbStateDatabase
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        DbStateDatabase.decodeDelimited = function decodeDelimited(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.uint32());
        };

        /**
         * Verifies a DbStateDatabase message.
         * @function verify
         * @memberof ingres.DbStateDatabase
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        DbStateDatabase.verify = function verify(message, long) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                return "maximum nesting depth exceeded";
            if (message.database != null && Object.hasOwnProperty.call(message, "database"))
                if (!$util.isString(message.database))
                    return "database: string expected";
            if (message.localHost != null && Object.hasOwnProperty.call(message, "localHost"))
                if (!$util.isString(message.localHost))
                    return "localHost: string expected";
            if (message.ready != null && Object.hasOwnProperty.call(message, "ready"))
                if (typeof message.ready !== "boolean")
                    return "ready: boolean expected";
            if (message.rows != null && Object.hasOwnProperty.call(message, "rows")) {
                if (!Array.isArray(message.rows))
                    return "rows: array expected";
                for (let i = 0; i < message.rows.length; ++i) {
                    let error = $root.ingres.DbStateRow.verify(message.rows[i], long + 1);
                    if (error)
                        return "rows." + error;
                }
            }
            if (message.inDoubt != null && Object.hasOwnProperty.call(message, "inDoubt")) {
                if (!Array.isArray(message.inDoubt))
                    return "inDoubt: array expected";
                for (let i = 0; i < message.inDoubt.length; ++i) {
                    let error = $root.ingres.InDoubtRow.verify(message.inDoubt[i], long + 1);
                    if (error)
                        return "inDoubt." + error;
                }
            }
            return null;
        };

        /**
         * Creates a DbStateDatabase message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof ingres.DbStateDatabase
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {ingres.DbStateDatabase} DbStateDatabase
         */
        DbStateDatabase.fromObject = function fromObject(object, long) {
            if (object instanceof $root.ingres.DbStateDatabase)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".ingres.DbStateDatabase: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.ingres.DbStateDatabase();
            if (object.database != null)
                message.database = String(object.database);
            if (object.localHost != null)
                message.localHost = String(object.localHost);
            if (object.ready != null)
                message.ready = Boolean(object.ready);
            if (object.rows) {
                if (!Array.isArray(object.rows))
                    throw TypeError(".ingres.DbStateDatabase.rows: array expected");
                message.rows = [];
                for (let i = 0; i < object.rows.length; ++i) {
                    if (!$util.isObject(object.rows[i]))
                        throw TypeError(".ingres.DbStateDatabase.rows: object expected");
                    message.rows[i] = $root.ingres.DbStateRow.fromObject(object.rows[i], long + 1);
                }
            }
            if (object.inDoubt) {
                if (!Array.isArray(object.inDoubt))
                    throw TypeError(".ingres.DbStateDatabase.inDoubt: array expected");
                message.inDoubt = [];
                for (let i = 0; i < object.inDoubt.length; ++i) {
                    if (!$util.isObject(object.inDoubt[i]))
                        throw TypeError(".ingres.DbStateDatabase.inDoubt: object expected");
                    message.inDoubt[i] = $root.ingres.InDoubtRow.fromObject(object.inDoubt[i], long + 1);
                }
            }
            return message;
        };

        /**
         * Creates a plain object from a DbStateDatabase message. Also converts values to other types if specified.
         * @function toObject
         * @memberof ingres.DbStateDatabase
         * @static
         * @param {ingres.DbStateDatabase} message DbStateDatabase
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        DbStateDatabase.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults) {
                object.rows = [];
                object.inDoubt = [];
            }
            if (options.defaults) {
                object.database = "";
                object.localHost = "";
                object.ready = false;
            }
            if (message.database != null && Object.hasOwnProperty.call(message, "database"))
                object.database = message.database;
            if (message.localHost != null && Object.hasOwnProperty.call(message, "localHost"))
                object.localHost = message.localHost;
            if (message.ready != null && Object.hasOwnProperty.call(message, "ready"))
                object.ready = message.ready;
            if (message.rows && message.rows.length) {
                object.rows = [];
                for (let j = 0; j < message.rows.length; ++j)
                    object.rows[j] = $root.ingres.DbStateRow.toObject(message.rows[j], options, q + 1);
            }
            if (message.inDoubt && message.inDoubt.length) {
                object.inDoubt = [];
                for (let j = 0; j < message.inDoubt.length; ++j)
                    object.inDoubt[j] = $root.ingres.InDoubtRow.toObject(message.inDoubt[j], options, q + 1);
            }
            return object;
        };

        /**
         * Converts this DbStateDatabase to JSON.
         * @function toJSON
         * @memberof ingres.DbStateDatabase
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        DbStateDatabase.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the default type url for DbStateDatabase
         * @function getTypeUrl
         * @memberof ingres.DbStateDatabase
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        DbStateDatabase.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/ingres.DbStateDatabase";
        };

        return DbStateDatabase;
    })();

    ingres.DbStateReply = (function() {

        /**
         * Properties of a DbStateReply.
         * @memberof ingres
         * @interface IDbStateReply
         * @property {string|null} [host] DbStateReply host
         * @property {Array.<ingres.IDbStateDatabase>|null} [databases] DbStateReply databases
         */

        /**
         * Constructs a new DbStateReply.
         * @memberof ingres
         * @classdesc Represents a DbStateReply.
         * @implements IDbStateReply
         * @constructor
         * @param {ingres.IDbStateReply=} [properties] Properties to set
         */
        function DbStateReply(properties) {
            this.databases = [];
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * DbStateReply host.
         * @member {string} host
         * @memberof ingres.DbStateReply
         * @instance
         */
        DbStateReply.prototype.host = "";

        /**
         * DbStateReply databases.
         * @member {Array.<ingres.IDbStateDatabase>} databases
         * @memberof ingres.DbStateReply
         * @instance
         */
        DbStateReply.prototype.databases = $util.emptyArray;

        /**
         * Creates a new DbStateReply instance using the specified properties.
         * @function create
         * @memberof ingres.DbStateReply
         * @static
         * @param {ingres.IDbStateReply=} [properties] Properties to set
         * @returns {ingres.DbStateReply} DbStateReply instance
         */
        DbStateReply.create = function create(properties) {
            return new DbStateReply(properties);
        };

        /**
         * Encodes the specified DbStateReply message. Does not implicitly {@link ingres.DbStateReply.verify|verify} messages.
         * @function encode
         * @memberof ingres.DbStateReply
         * @static
         * @param {ingres.IDbStateReply} message DbStateReply message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        DbStateReply.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.host != null && Object.hasOwnProperty.call(message, "host"))
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.host);
            if (message.databases != null && message.databases.length)
                for (let i = 0; i < message.databases.length; ++i)
                    $root.ingres.DbStateDatabase.encode(message.databases[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
            return writer;
        };

        /**
         * Encodes the specified DbStateReply message, length delimited. Does not implicitly {@link ingres.DbStateReply.verify|verify} messages.
         * @function encodeDelimited
         * @memberof ingres.DbStateReply
         * @static
         * @param {ingres.IDbStateReply} message DbStateReply message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        DbStateReply.encodeDelimited = function encodeDelimited(message, writer) {
            return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
        };

        /**
         * Decodes a DbStateReply message from the specified reader or buffer.
         * @function decode
         * @memberof ingres.DbStateReply
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ingres.DbStateReply} DbStateReply
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        DbStateReply.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.ingres.DbStateReply();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.host = reader.string();
                        break;
                    }
                case 2: {
                        if (!(message.databases && message.databases.length))
                            message.databases = [];
                        message.databases.push($root.ingres.DbStateDatabase.decode(reader, reader.uint32(), undefined, long + 1));
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Decodes a DbStateReply message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof ingres.DbStateReply
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {ingres.DbStateReply} DbStateReply
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        DbStateReply.decodeDelimited = function decodeDelimited(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.uint32());
        };

        /**
         * Verifies a DbStateReply message.
         * @function verify
         * @memberof ingres.DbStateReply
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        DbStateReply.verify = function verify(message, long) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                return "maximum nesting depth exceeded";
            if (message.host != null && Object.hasOwnProperty.call(message, "host"))
                if (!$util.isString(message.host))
                    return "host: string expected";
            if (message.databases != null && Object.hasOwnProperty.call(message, "databases")) {
                if (!Array.isArray(message.databases))
                    return "databases: array expected";
                for (let i = 0; i < message.databases.length; ++i) {
                    let error = $root.ingres.DbStateDatabase.verify(message.databases[i], long + 1);
                    if (error)
                        return "databases." + error;
                }
            }
            return null;
        };

        /**
         * Creates a DbStateReply message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof ingres.DbStateReply
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {ingres.DbStateReply} DbStateReply
         */
        DbStateReply.fromObject = function fromObject(object, long) {
            if (object instanceof $root.ingres.DbStateReply)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".ingres.DbStateReply: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.ingres.DbStateReply();
            if (object.host != null)
                message.host = String(object.host);
            if (object.databases) {
                if (!Array.isArray(object.databases))
                    throw TypeError(".ingres.DbStateReply.databases: array expected");
                message.databases = [];
                for (let i = 0; i < object.databases.length; ++i) {
                    if (!$util.isObject(object.databases[i]))
                        throw TypeError(".ingres.DbStateReply.databases: object expected");
                    message.databases[i] = $root.ingres.DbStateDatabase.fromObject(object.databases[i], long + 1);
                }
            }
            return message;
        };

        /**
         * Creates a plain object from a DbStateReply message. Also converts values to other types if specified.
         * @function toObject
         * @memberof ingres.DbStateReply
         * @static
         * @param {ingres.DbStateReply} message DbStateReply
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        DbStateReply.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.databases = [];
            if (options.defaults)
                object.host = "";
            if (message.host != null && Object.hasOwnProperty.call(message, "host"))
                object.host = message.host;
            if (message.databases && message.databases.length) {
                object.databases = [];
                for (let j = 0; j < message.databases.length; ++j)
                    object.databases[j] = $root.ingres.DbStateDatabase.toObject(message.databases[j], options, q + 1);
            }
            return object;
        };

        /**
         * Converts this DbStateReply to JSON.
         * @function toJSON
         * @memberof ingres.DbStateReply
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        DbStateReply.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the default type url for DbStateReply
         * @function getTypeUrl
         * @memberof ingres.DbStateReply
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        DbStateReply.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/ingres.DbStateReply";
        };

        return DbStateReply;
    })();

    ingres.SessionOptions = (function() {

        /**
         * Properties of a SessionOptions.
         * @memberof ingres
         * @interface ISessionOptions
         * @property {string|null} [user] SessionOptions user
         * @property {string|null} [retrieveIntoStructure] SessionOptions retrieveIntoStructure
         * @property {string|null} [indexStructure] SessionOptions indexStructure
         */

        /**
         * Constructs a new SessionOptions.
         * @memberof ingres
         * @classdesc Represents a SessionOptions.
         * @implements ISessionOptions
         * @constructor
         * @param {ingres.ISessionOptions=} [properties] Properties to set
         */
        function SessionOptions(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * SessionOptions user.
         * @member {string} user
         * @memberof ingres.SessionOptions
         * @instance
         */
        SessionOptions.prototype.user = "";

        /**
         * SessionOptions retrieveIntoStructure.
         * @member {string} retrieveIntoStructure
         * @memberof ingres.SessionOptions
         * @instance
         */
        SessionOptions.prototype.retrieveIntoStructure = "";

        /**
         * SessionOptions indexStructure.
         * @member {string} indexStructure
         * @memberof ingres.SessionOptions
         * @instance
         */
        SessionOptions.prototype.indexStructure = "";

        /**
         * Creates a new SessionOptions instance using the specified properties.
         * @function create
         * @memberof ingres.SessionOptions
         * @static
         * @param {ingres.ISessionOptions=} [properties] Properties to set
         * @returns {ingres.SessionOptions} SessionOptions instance
         */
        SessionOptions.create = function create(properties) {
            return new SessionOptions(properties);
        };

        /**
         * Encodes the specified SessionOptions message. Does not implicitly {@link ingres.SessionOptions.verify|verify} messages.
         * @function encode
         * @memberof ingres.SessionOptions
         * @static
         * @param {ingres.ISessionOptions} message SessionOptions message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SessionOptions.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.user != null && Object.hasOwnProperty.call(message, "user"))
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.user);
            if (message.retrieveIntoStructure != null && Object.hasOwnProperty.call(message, "retrieveIntoStructure"))
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.retrieveIntoStructure);
            if (message.indexStructure != null && Object.hasOwnProperty.call(message, "indexStructure"))
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.indexStructure);
            return writer;
        };

        /**
         * Encodes the specified SessionOptions message, length delimited. Does not implicitly {@link ingres.SessionOptions.verify|verify} messages.
         * @function encodeDelimited
         * @memberof ingres.SessionOptions
         * @static
         * @param {ingres.ISessionOptions} message SessionOptions message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SessionOptions.encodeDelimited = function encodeDelimited(message, writer) {
            return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
        };

        /**
         * Decodes a SessionOptions message from the specified reader or buffer.
         * @function decode
         * @memberof ingres.SessionOptions
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ingres.SessionOptions} SessionOptions
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SessionOptions.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.ingres.SessionOptions();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.user = reader.string();
                        break;
                    }
                case 2: {
                        message.retrieveIntoStructure = reader.string();
                        break;
                    }
                case 3: {
                        message.indexStructure = reader.string();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Decodes a SessionOptions message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof ingres.SessionOptions
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {ingres.SessionOptions} SessionOptions
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SessionOptions.decodeDelimited = function decodeDelimited(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.uint32());
        };

        /**
         * Verifies a SessionOptions message.
         * @function verify
         * @memberof ingres.SessionOptions
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        SessionOptions.verify = function verify(message, long) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                return "maximum nesting depth exceeded";
            if (message.user != null && Object.hasOwnProperty.call(message, "user"))
                if (!$util.isString(message.user))
                    return "user: string expected";
            if (message.retrieveIntoStructure != null && Object.hasOwnProperty.call(message, "retrieveIntoStructure"))
                if (!$util.isString(message.retrieveIntoStructure))
                    return "retrieveIntoStructure: string expected";
            if (message.indexStructure != null && Object.hasOwnProperty.call(message, "indexStructure"))
                if (!$util.isString(message.indexStructure))
                    return "indexStructure: string expected";
            return null;
        };

        /**
         * Creates a SessionOptions message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof ingres.SessionOptions
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {ingres.SessionOptions} SessionOptions
         */
        SessionOptions.fromObject = function fromObject(object, long) {
            if (object instanceof $root.ingres.SessionOptions)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".ingres.SessionOptions: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.ingres.SessionOptions();
            if (object.user != null)
                message.user = String(object.user);
            if (object.retrieveIntoStructure != null)
                message.retrieveIntoStructure = String(object.retrieveIntoStructure);
            if (object.indexStructure != null)
                message.indexStructure = String(object.indexStructure);
            return message;
        };

        /**
         * Creates a plain object from a SessionOptions message. Also converts values to other types if specified.
         * @function toObject
         * @memberof ingres.SessionOptions
         * @static
         * @param {ingres.SessionOptions} message SessionOptions
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        SessionOptions.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.user = "";
                object.retrieveIntoStructure = "";
                object.indexStructure = "";
            }
            if (message.user != null && Object.hasOwnProperty.call(message, "user"))
                object.user = message.user;
            if (message.retrieveIntoStructure != null && Object.hasOwnProperty.call(message, "retrieveIntoStructure"))
                object.retrieveIntoStructure = message.retrieveIntoStructure;
            if (message.indexStructure != null && Object.hasOwnProperty.call(message, "indexStructure"))
                object.indexStructure = message.indexStructure;
            return object;
        };

        /**
         * Converts this SessionOptions to JSON.
         * @function toJSON
         * @memberof ingres.SessionOptions
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        SessionOptions.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the default type url for SessionOptions
         * @function getTypeUrl
         * @memberof ingres.SessionOptions
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        SessionOptions.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/ingres.SessionOptions";
        };

        return SessionOptions;
    })();

    ingres.OpenSessionRequest = (function() {

        /**
         * Properties of an OpenSessionRequest.
         * @memberof ingres
         * @interface IOpenSessionRequest
         * @property {string|null} [database] OpenSessionRequest database
         * @property {ingres.ISessionOptions|null} [options] OpenSessionRequest options
         * @property {string|null} [client] OpenSessionRequest client
         */

        /**
         * Constructs a new OpenSessionRequest.
         * @memberof ingres
         * @classdesc Represents an OpenSessionRequest.
         * @implements IOpenSessionRequest
         * @constructor
         * @param {ingres.IOpenSessionRequest=} [properties] Properties to set
         */
        function OpenSessionRequest(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * OpenSessionRequest database.
         * @member {string} database
         * @memberof ingres.OpenSessionRequest
         * @instance
         */
        OpenSessionRequest.prototype.database = "";

        /**
         * OpenSessionRequest options.
         * @member {ingres.ISessionOptions|null|undefined} options
         * @memberof ingres.OpenSessionRequest
         * @instance
         */
        OpenSessionRequest.prototype.options = null;

        /**
         * OpenSessionRequest client.
         * @member {string} client
         * @memberof ingres.OpenSessionRequest
         * @instance
         */
        OpenSessionRequest.prototype.client = "";

        /**
         * Creates a new OpenSessionRequest instance using the specified properties.
         * @function create
         * @memberof ingres.OpenSessionRequest
         * @static
         * @param {ingres.IOpenSessionRequest=} [properties] Properties to set
         * @returns {ingres.OpenSessionRequest} OpenSessionRequest instance
         */
        OpenSessionRequest.create = function create(properties) {
            return new OpenSessionRequest(properties);
        };

        /**
         * Encodes the specified OpenSessionRequest message. Does not implicitly {@link ingres.OpenSessionRequest.verify|verify} messages.
         * @function encode
         * @memberof ingres.OpenSessionRequest
         * @static
         * @param {ingres.IOpenSessionRequest} message OpenSessionRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        OpenSessionRequest.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.database != null && Object.hasOwnProperty.call(message, "database"))
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.database);
            if (message.options != null && Object.hasOwnProperty.call(message, "options"))
                $root.ingres.SessionOptions.encode(message.options, writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
            if (message.client != null && Object.hasOwnProperty.call(message, "client"))
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.client);
            return writer;
        };

        /**
         * Encodes the specified OpenSessionRequest message, length delimited. Does not implicitly {@link ingres.OpenSessionRequest.verify|verify} messages.
         * @function encodeDelimited
         * @memberof ingres.OpenSessionRequest
         * @static
         * @param {ingres.IOpenSessionRequest} message OpenSessionRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        OpenSessionRequest.encodeDelimited = function encodeDelimited(message, writer) {
            return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
        };

        /**
         * Decodes an OpenSessionRequest message from the specified reader or buffer.
         * @function decode
         * @memberof ingres.OpenSessionRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ingres.OpenSessionRequest} OpenSessionRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        OpenSessionRequest.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.ingres.OpenSessionRequest();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.database = reader.string();
                        break;
                    }
                case 2: {
                        message.options = $root.ingres.SessionOptions.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                case 3: {
                        message.client = reader.string();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Decodes an OpenSessionRequest message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof ingres.OpenSessionRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {ingres.OpenSessionRequest} OpenSessionRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        OpenSessionRequest.decodeDelimited = function decodeDelimited(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.uint32());
        };

        /**
         * Verifies an OpenSessionRequest message.
         * @function verify
         * @memberof ingres.OpenSessionRequest
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        OpenSessionRequest.verify = function verify(message, long) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                return "maximum nesting depth exceeded";
            if (message.database != null && Object.hasOwnProperty.call(message, "database"))
                if (!$util.isString(message.database))
                    return "database: string expected";
            if (message.options != null && Object.hasOwnProperty.call(message, "options")) {
                let error = $root.ingres.SessionOptions.verify(message.options, long + 1);
                if (error)
                    return "options." + error;
            }
            if (message.client != null && Object.hasOwnProperty.call(message, "client"))
                if (!$util.isString(message.client))
                    return "client: string expected";
            return null;
        };

        /**
         * Creates an OpenSessionRequest message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof ingres.OpenSessionRequest
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {ingres.OpenSessionRequest} OpenSessionRequest
         */
        OpenSessionRequest.fromObject = function fromObject(object, long) {
            if (object instanceof $root.ingres.OpenSessionRequest)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".ingres.OpenSessionRequest: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.ingres.OpenSessionRequest();
            if (object.database != null)
                message.database = String(object.database);
            if (object.options != null) {
                if (!$util.isObject(object.options))
                    throw TypeError(".ingres.OpenSessionRequest.options: object expected");
                message.options = $root.ingres.SessionOptions.fromObject(object.options, long + 1);
            }
            if (object.client != null)
                message.client = String(object.client);
            return message;
        };

        /**
         * Creates a plain object from an OpenSessionRequest message. Also converts values to other types if specified.
         * @function toObject
         * @memberof ingres.OpenSessionRequest
         * @static
         * @param {ingres.OpenSessionRequest} message OpenSessionRequest
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        OpenSessionRequest.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.database = "";
                object.options = null;
                object.client = "";
            }
            if (message.database != null && Object.hasOwnProperty.call(message, "database"))
                object.database = message.database;
            if (message.options != null && Object.hasOwnProperty.call(message, "options"))
                object.options = $root.ingres.SessionOptions.toObject(message.options, options, q + 1);
            if (message.client != null && Object.hasOwnProperty.call(message, "client"))
                object.client = message.client;
            return object;
        };

        /**
         * Converts this OpenSessionRequest to JSON.
         * @function toJSON
         * @memberof ingres.OpenSessionRequest
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        OpenSessionRequest.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the default type url for OpenSessionRequest
         * @function getTypeUrl
         * @memberof ingres.OpenSessionRequest
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        OpenSessionRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/ingres.OpenSessionRequest";
        };

        return OpenSessionRequest;
    })();

    ingres.SessionOpened = (function() {

        /**
         * Properties of a SessionOpened.
         * @memberof ingres
         * @interface ISessionOpened
         * @property {string|null} [sessionId] SessionOpened sessionId
         * @property {string|null} [host] SessionOpened host
         * @property {string|null} [version] SessionOpened version
         * @property {number|null} [daemonPid] SessionOpened daemonPid
         */

        /**
         * Constructs a new SessionOpened.
         * @memberof ingres
         * @classdesc Represents a SessionOpened.
         * @implements ISessionOpened
         * @constructor
         * @param {ingres.ISessionOpened=} [properties] Properties to set
         */
        function SessionOpened(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * SessionOpened sessionId.
         * @member {string} sessionId
         * @memberof ingres.SessionOpened
         * @instance
         */
        SessionOpened.prototype.sessionId = "";

        /**
         * SessionOpened host.
         * @member {string} host
         * @memberof ingres.SessionOpened
         * @instance
         */
        SessionOpened.prototype.host = "";

        /**
         * SessionOpened version.
         * @member {string} version
         * @memberof ingres.SessionOpened
         * @instance
         */
        SessionOpened.prototype.version = "";

        /**
         * SessionOpened daemonPid.
         * @member {number} daemonPid
         * @memberof ingres.SessionOpened
         * @instance
         */
        SessionOpened.prototype.daemonPid = 0;

        /**
         * Creates a new SessionOpened instance using the specified properties.
         * @function create
         * @memberof ingres.SessionOpened
         * @static
         * @param {ingres.ISessionOpened=} [properties] Properties to set
         * @returns {ingres.SessionOpened} SessionOpened instance
         */
        SessionOpened.create = function create(properties) {
            return new SessionOpened(properties);
        };

        /**
         * Encodes the specified SessionOpened message. Does not implicitly {@link ingres.SessionOpened.verify|verify} messages.
         * @function encode
         * @memberof ingres.SessionOpened
         * @static
         * @param {ingres.ISessionOpened} message SessionOpened message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SessionOpened.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.sessionId != null && Object.hasOwnProperty.call(message, "sessionId"))
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.sessionId);
            if (message.host != null && Object.hasOwnProperty.call(message, "host"))
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.host);
            if (message.version != null && Object.hasOwnProperty.call(message, "version"))
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.version);
            if (message.daemonPid != null && Object.hasOwnProperty.call(message, "daemonPid"))
                writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.daemonPid);
            return writer;
        };

        /**
         * Encodes the specified SessionOpened message, length delimited. Does not implicitly {@link ingres.SessionOpened.verify|verify} messages.
         * @function encodeDelimited
         * @memberof ingres.SessionOpened
         * @static
         * @param {ingres.ISessionOpened} message SessionOpened message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SessionOpened.encodeDelimited = function encodeDelimited(message, writer) {
            return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
        };

        /**
         * Decodes a SessionOpened message from the specified reader or buffer.
         * @function decode
         * @memberof ingres.SessionOpened
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ingres.SessionOpened} SessionOpened
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SessionOpened.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.ingres.SessionOpened();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.sessionId = reader.string();
                        break;
                    }
                case 2: {
                        message.host = reader.string();
                        break;
                    }
                case 3: {
                        message.version = reader.string();
                        break;
                    }
                case 4: {
                        message.daemonPid = reader.uint32();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Decodes a SessionOpened message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof ingres.SessionOpened
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {ingres.SessionOpened} SessionOpened
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SessionOpened.decodeDelimited = function decodeDelimited(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.uint32());
        };

        /**
         * Verifies a SessionOpened message.
         * @function verify
         * @memberof ingres.SessionOpened
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        SessionOpened.verify = function verify(message, long) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                return "maximum nesting depth exceeded";
            if (message.sessionId != null && Object.hasOwnProperty.call(message, "sessionId"))
                if (!$util.isString(message.sessionId))
                    return "sessionId: string expected";
            if (message.host != null && Object.hasOwnProperty.call(message, "host"))
                if (!$util.isString(message.host))
                    return "host: string expected";
            if (message.version != null && Object.hasOwnProperty.call(message, "version"))
                if (!$util.isString(message.version))
                    return "version: string expected";
            if (message.daemonPid != null && Object.hasOwnProperty.call(message, "daemonPid"))
                if (!$util.isInteger(message.daemonPid))
                    return "daemonPid: integer expected";
            return null;
        };

        /**
         * Creates a SessionOpened message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof ingres.SessionOpened
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {ingres.SessionOpened} SessionOpened
         */
        SessionOpened.fromObject = function fromObject(object, long) {
            if (object instanceof $root.ingres.SessionOpened)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".ingres.SessionOpened: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.ingres.SessionOpened();
            if (object.sessionId != null)
                message.sessionId = String(object.sessionId);
            if (object.host != null)
                message.host = String(object.host);
            if (object.version != null)
                message.version = String(object.version);
            if (object.daemonPid != null)
                message.daemonPid = object.daemonPid >>> 0;
            return message;
        };

        /**
         * Creates a plain object from a SessionOpened message. Also converts values to other types if specified.
         * @function toObject
         * @memberof ingres.SessionOpened
         * @static
         * @param {ingres.SessionOpened} message SessionOpened
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        SessionOpened.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.sessionId = "";
                object.host = "";
                object.version = "";
                object.daemonPid = 0;
            }
            if (message.sessionId != null && Object.hasOwnProperty.call(message, "sessionId"))
                object.sessionId = message.sessionId;
            if (message.host != null && Object.hasOwnProperty.call(message, "host"))
                object.host = message.host;
            if (message.version != null && Object.hasOwnProperty.call(message, "version"))
                object.version = message.version;
            if (message.daemonPid != null && Object.hasOwnProperty.call(message, "daemonPid"))
                object.daemonPid = message.daemonPid;
            return object;
        };

        /**
         * Converts this SessionOpened to JSON.
         * @function toJSON
         * @memberof ingres.SessionOpened
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        SessionOpened.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the default type url for SessionOpened
         * @function getTypeUrl
         * @memberof ingres.SessionOpened
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        SessionOpened.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/ingres.SessionOpened";
        };

        return SessionOpened;
    })();

    ingres.SessionNotice = (function() {

        /**
         * Properties of a SessionNotice.
         * @memberof ingres
         * @interface ISessionNotice
         * @property {string|null} [text] SessionNotice text
         */

        /**
         * Constructs a new SessionNotice.
         * @memberof ingres
         * @classdesc Represents a SessionNotice.
         * @implements ISessionNotice
         * @constructor
         * @param {ingres.ISessionNotice=} [properties] Properties to set
         */
        function SessionNotice(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * SessionNotice text.
         * @member {string} text
         * @memberof ingres.SessionNotice
         * @instance
         */
        SessionNotice.prototype.text = "";

        /**
         * Creates a new SessionNotice instance using the specified properties.
         * @function create
         * @memberof ingres.SessionNotice
         * @static
         * @param {ingres.ISessionNotice=} [properties] Properties to set
         * @returns {ingres.SessionNotice} SessionNotice instance
         */
        SessionNotice.create = function create(properties) {
            return new SessionNotice(properties);
        };

        /**
         * Encodes the specified SessionNotice message. Does not implicitly {@link ingres.SessionNotice.verify|verify} messages.
         * @function encode
         * @memberof ingres.SessionNotice
         * @static
         * @param {ingres.ISessionNotice} message SessionNotice message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SessionNotice.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.text != null && Object.hasOwnProperty.call(message, "text"))
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.text);
            return writer;
        };

        /**
         * Encodes the specified SessionNotice message, length delimited. Does not implicitly {@link ingres.SessionNotice.verify|verify} messages.
         * @function encodeDelimited
         * @memberof ingres.SessionNotice
         * @static
         * @param {ingres.ISessionNotice} message SessionNotice message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SessionNotice.encodeDelimited = function encodeDelimited(message, writer) {
            return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
        };

        /**
         * Decodes a SessionNotice message from the specified reader or buffer.
         * @function decode
         * @memberof ingres.SessionNotice
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ingres.SessionNotice} SessionNotice
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SessionNotice.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.ingres.SessionNotice();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.text = reader.string();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Decodes a SessionNotice message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof ingres.SessionNotice
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {ingres.SessionNotice} SessionNotice
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SessionNotice.decodeDelimited = function decodeDelimited(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.uint32());
        };

        /**
         * Verifies a SessionNotice message.
         * @function verify
         * @memberof ingres.SessionNotice
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        SessionNotice.verify = function verify(message, long) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                return "maximum nesting depth exceeded";
            if (message.text != null && Object.hasOwnProperty.call(message, "text"))
                if (!$util.isString(message.text))
                    return "text: string expected";
            return null;
        };

        /**
         * Creates a SessionNotice message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof ingres.SessionNotice
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {ingres.SessionNotice} SessionNotice
         */
        SessionNotice.fromObject = function fromObject(object, long) {
            if (object instanceof $root.ingres.SessionNotice)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".ingres.SessionNotice: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.ingres.SessionNotice();
            if (object.text != null)
                message.text = String(object.text);
            return message;
        };

        /**
         * Creates a plain object from a SessionNotice message. Also converts values to other types if specified.
         * @function toObject
         * @memberof ingres.SessionNotice
         * @static
         * @param {ingres.SessionNotice} message SessionNotice
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        SessionNotice.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.defaults)
                object.text = "";
            if (message.text != null && Object.hasOwnProperty.call(message, "text"))
                object.text = message.text;
            return object;
        };

        /**
         * Converts this SessionNotice to JSON.
         * @function toJSON
         * @memberof ingres.SessionNotice
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        SessionNotice.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the default type url for SessionNotice
         * @function getTypeUrl
         * @memberof ingres.SessionNotice
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        SessionNotice.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/ingres.SessionNotice";
        };

        return SessionNotice;
    })();

    ingres.SessionEvent = (function() {

        /**
         * Properties of a SessionEvent.
         * @memberof ingres
         * @interface ISessionEvent
         * @property {ingres.ISessionOpened|null} [opened] SessionEvent opened
         * @property {ingres.ISessionNotice|null} [notice] SessionEvent notice
         */

        /**
         * Constructs a new SessionEvent.
         * @memberof ingres
         * @classdesc Represents a SessionEvent.
         * @implements ISessionEvent
         * @constructor
         * @param {ingres.ISessionEvent=} [properties] Properties to set
         */
        function SessionEvent(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * SessionEvent opened.
         * @member {ingres.ISessionOpened|null|undefined} opened
         * @memberof ingres.SessionEvent
         * @instance
         */
        SessionEvent.prototype.opened = null;

        /**
         * SessionEvent notice.
         * @member {ingres.ISessionNotice|null|undefined} notice
         * @memberof ingres.SessionEvent
         * @instance
         */
        SessionEvent.prototype.notice = null;

        // OneOf field names bound to virtual getters and setters
        let $oneOfFields;

        /**
         * SessionEvent event.
         * @member {"opened"|"notice"|undefined} event
         * @memberof ingres.SessionEvent
         * @instance
         */
        Object.defineProperty(SessionEvent.prototype, "event", {
            get: $util.oneOfGetter($oneOfFields = ["opened", "notice"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        /**
         * Creates a new SessionEvent instance using the specified properties.
         * @function create
         * @memberof ingres.SessionEvent
         * @static
         * @param {ingres.ISessionEvent=} [properties] Properties to set
         * @returns {ingres.SessionEvent} SessionEvent instance
         */
        SessionEvent.create = function create(properties) {
            return new SessionEvent(properties);
        };

        /**
         * Encodes the specified SessionEvent message. Does not implicitly {@link ingres.SessionEvent.verify|verify} messages.
         * @function encode
         * @memberof ingres.SessionEvent
         * @static
         * @param {ingres.ISessionEvent} message SessionEvent message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SessionEvent.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.opened != null && Object.hasOwnProperty.call(message, "opened"))
                $root.ingres.SessionOpened.encode(message.opened, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            if (message.notice != null && Object.hasOwnProperty.call(message, "notice"))
                $root.ingres.SessionNotice.encode(message.notice, writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
            return writer;
        };

        /**
         * Encodes the specified SessionEvent message, length delimited. Does not implicitly {@link ingres.SessionEvent.verify|verify} messages.
         * @function encodeDelimited
         * @memberof ingres.SessionEvent
         * @static
         * @param {ingres.ISessionEvent} message SessionEvent message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SessionEvent.encodeDelimited = function encodeDelimited(message, writer) {
            return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
        };

        /**
         * Decodes a SessionEvent message from the specified reader or buffer.
         * @function decode
         * @memberof ingres.SessionEvent
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ingres.SessionEvent} SessionEvent
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SessionEvent.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.ingres.SessionEvent();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.opened = $root.ingres.SessionOpened.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                case 2: {
                        message.notice = $root.ingres.SessionNotice.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Decodes a SessionEvent message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof ingres.SessionEvent
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {ingres.SessionEvent} SessionEvent
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SessionEvent.decodeDelimited = function decodeDelimited(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.uint32());
        };

        /**
         * Verifies a SessionEvent message.
         * @function verify
         * @memberof ingres.SessionEvent
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        SessionEvent.verify = function verify(message, long) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                return "maximum nesting depth exceeded";
            let properties = {};
            if (message.opened != null && Object.hasOwnProperty.call(message, "opened")) {
                properties.event = 1;
                {
                    let error = $root.ingres.SessionOpened.verify(message.opened, long + 1);
                    if (error)
                        return "opened." + error;
                }
            }
            if (message.notice != null && Object.hasOwnProperty.call(message, "notice")) {
                if (properties.event === 1)
                    return "event: multiple values";
                properties.event = 1;
                {
                    let error = $root.ingres.SessionNotice.verify(message.notice, long + 1);
                    if (error)
                        return "notice." + error;
                }
            }
            return null;
        };

        /**
         * Creates a SessionEvent message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof ingres.SessionEvent
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {ingres.SessionEvent} SessionEvent
         */
        SessionEvent.fromObject = function fromObject(object, long) {
            if (object instanceof $root.ingres.SessionEvent)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".ingres.SessionEvent: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.ingres.SessionEvent();
            if (object.opened != null) {
                if (!$util.isObject(object.opened))
                    throw TypeError(".ingres.SessionEvent.opened: object expected");
                message.opened = $root.ingres.SessionOpened.fromObject(object.opened, long + 1);
            }
            if (object.notice != null) {
                if (!$util.isObject(object.notice))
                    throw TypeError(".ingres.SessionEvent.notice: object expected");
                message.notice = $root.ingres.SessionNotice.fromObject(object.notice, long + 1);
            }
            return message;
        };

        /**
         * Creates a plain object from a SessionEvent message. Also converts values to other types if specified.
         * @function toObject
         * @memberof ingres.SessionEvent
         * @static
         * @param {ingres.SessionEvent} message SessionEvent
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        SessionEvent.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (message.opened != null && Object.hasOwnProperty.call(message, "opened")) {
                object.opened = $root.ingres.SessionOpened.toObject(message.opened, options, q + 1);
                if (options.oneofs)
                    object.event = "opened";
            }
            if (message.notice != null && Object.hasOwnProperty.call(message, "notice")) {
                object.notice = $root.ingres.SessionNotice.toObject(message.notice, options, q + 1);
                if (options.oneofs)
                    object.event = "notice";
            }
            return object;
        };

        /**
         * Converts this SessionEvent to JSON.
         * @function toJSON
         * @memberof ingres.SessionEvent
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        SessionEvent.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the default type url for SessionEvent
         * @function getTypeUrl
         * @memberof ingres.SessionEvent
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        SessionEvent.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/ingres.SessionEvent";
        };

        return SessionEvent;
    })();

    ingres.RunRequest = (function() {

        /**
         * Properties of a RunRequest.
         * @memberof ingres
         * @interface IRunRequest
         * @property {string|null} [sessionId] RunRequest sessionId
         * @property {string|null} [text] RunRequest text
         */

        /**
         * Constructs a new RunRequest.
         * @memberof ingres
         * @classdesc Represents a RunRequest.
         * @implements IRunRequest
         * @constructor
         * @param {ingres.IRunRequest=} [properties] Properties to set
         */
        function RunRequest(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * RunRequest sessionId.
         * @member {string} sessionId
         * @memberof ingres.RunRequest
         * @instance
         */
        RunRequest.prototype.sessionId = "";

        /**
         * RunRequest text.
         * @member {string} text
         * @memberof ingres.RunRequest
         * @instance
         */
        RunRequest.prototype.text = "";

        /**
         * Creates a new RunRequest instance using the specified properties.
         * @function create
         * @memberof ingres.RunRequest
         * @static
         * @param {ingres.IRunRequest=} [properties] Properties to set
         * @returns {ingres.RunRequest} RunRequest instance
         */
        RunRequest.create = function create(properties) {
            return new RunRequest(properties);
        };

        /**
         * Encodes the specified RunRequest message. Does not implicitly {@link ingres.RunRequest.verify|verify} messages.
         * @function encode
         * @memberof ingres.RunRequest
         * @static
         * @param {ingres.IRunRequest} message RunRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        RunRequest.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.sessionId != null && Object.hasOwnProperty.call(message, "sessionId"))
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.sessionId);
            if (message.text != null && Object.hasOwnProperty.call(message, "text"))
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.text);
            return writer;
        };

        /**
         * Encodes the specified RunRequest message, length delimited. Does not implicitly {@link ingres.RunRequest.verify|verify} messages.
         * @function encodeDelimited
         * @memberof ingres.RunRequest
         * @static
         * @param {ingres.IRunRequest} message RunRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        RunRequest.encodeDelimited = function encodeDelimited(message, writer) {
            return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
        };

        /**
         * Decodes a RunRequest message from the specified reader or buffer.
         * @function decode
         * @memberof ingres.RunRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ingres.RunRequest} RunRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        RunRequest.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.ingres.RunRequest();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.sessionId = reader.string();
                        break;
                    }
                case 2: {
                        message.text = reader.string();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Decodes a RunRequest message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof ingres.RunRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {ingres.RunRequest} RunRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        RunRequest.decodeDelimited = function decodeDelimited(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.uint32());
        };

        /**
         * Verifies a RunRequest message.
         * @function verify
         * @memberof ingres.RunRequest
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        RunRequest.verify = function verify(message, long) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                return "maximum nesting depth exceeded";
            if (message.sessionId != null && Object.hasOwnProperty.call(message, "sessionId"))
                if (!$util.isString(message.sessionId))
                    return "sessionId: string expected";
            if (message.text != null && Object.hasOwnProperty.call(message, "text"))
                if (!$util.isString(message.text))
                    return "text: string expected";
            return null;
        };

        /**
         * Creates a RunRequest message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof ingres.RunRequest
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {ingres.RunRequest} RunRequest
         */
        RunRequest.fromObject = function fromObject(object, long) {
            if (object instanceof $root.ingres.RunRequest)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".ingres.RunRequest: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.ingres.RunRequest();
            if (object.sessionId != null)
                message.sessionId = String(object.sessionId);
            if (object.text != null)
                message.text = String(object.text);
            return message;
        };

        /**
         * Creates a plain object from a RunRequest message. Also converts values to other types if specified.
         * @function toObject
         * @memberof ingres.RunRequest
         * @static
         * @param {ingres.RunRequest} message RunRequest
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        RunRequest.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.sessionId = "";
                object.text = "";
            }
            if (message.sessionId != null && Object.hasOwnProperty.call(message, "sessionId"))
                object.sessionId = message.sessionId;
            if (message.text != null && Object.hasOwnProperty.call(message, "text"))
                object.text = message.text;
            return object;
        };

        /**
         * Converts this RunRequest to JSON.
         * @function toJSON
         * @memberof ingres.RunRequest
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        RunRequest.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the default type url for RunRequest
         * @function getTypeUrl
         * @memberof ingres.RunRequest
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        RunRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/ingres.RunRequest";
        };

        return RunRequest;
    })();

    ingres.RowsStart = (function() {

        /**
         * Properties of a RowsStart.
         * @memberof ingres
         * @interface IRowsStart
         * @property {boolean|null} [hasTitle] RowsStart hasTitle
         * @property {string|null} [title] RowsStart title
         * @property {Array.<ingres.IColumn>|null} [columns] RowsStart columns
         */

        /**
         * Constructs a new RowsStart.
         * @memberof ingres
         * @classdesc Represents a RowsStart.
         * @implements IRowsStart
         * @constructor
         * @param {ingres.IRowsStart=} [properties] Properties to set
         */
        function RowsStart(properties) {
            this.columns = [];
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * RowsStart hasTitle.
         * @member {boolean} hasTitle
         * @memberof ingres.RowsStart
         * @instance
         */
        RowsStart.prototype.hasTitle = false;

        /**
         * RowsStart title.
         * @member {string} title
         * @memberof ingres.RowsStart
         * @instance
         */
        RowsStart.prototype.title = "";

        /**
         * RowsStart columns.
         * @member {Array.<ingres.IColumn>} columns
         * @memberof ingres.RowsStart
         * @instance
         */
        RowsStart.prototype.columns = $util.emptyArray;

        /**
         * Creates a new RowsStart instance using the specified properties.
         * @function create
         * @memberof ingres.RowsStart
         * @static
         * @param {ingres.IRowsStart=} [properties] Properties to set
         * @returns {ingres.RowsStart} RowsStart instance
         */
        RowsStart.create = function create(properties) {
            return new RowsStart(properties);
        };

        /**
         * Encodes the specified RowsStart message. Does not implicitly {@link ingres.RowsStart.verify|verify} messages.
         * @function encode
         * @memberof ingres.RowsStart
         * @static
         * @param {ingres.IRowsStart} message RowsStart message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        RowsStart.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.hasTitle != null && Object.hasOwnProperty.call(message, "hasTitle"))
                writer.uint32(/* id 1, wireType 0 =*/8).bool(message.hasTitle);
            if (message.title != null && Object.hasOwnProperty.call(message, "title"))
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.title);
            if (message.columns != null && message.columns.length)
                for (let i = 0; i < message.columns.length; ++i)
                    $root.ingres.Column.encode(message.columns[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
            return writer;
        };

        /**
         * Encodes the specified RowsStart message, length delimited. Does not implicitly {@link ingres.RowsStart.verify|verify} messages.
         * @function encodeDelimited
         * @memberof ingres.RowsStart
         * @static
         * @param {ingres.IRowsStart} message RowsStart message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        RowsStart.encodeDelimited = function encodeDelimited(message, writer) {
            return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
        };

        /**
         * Decodes a RowsStart message from the specified reader or buffer.
         * @function decode
         * @memberof ingres.RowsStart
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ingres.RowsStart} RowsStart
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        RowsStart.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.ingres.RowsStart();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.hasTitle = reader.bool();
                        break;
                    }
                case 2: {
                        message.title = reader.string();
                        break;
                    }
                case 3: {
                        if (!(message.columns && message.columns.length))
                            message.columns = [];
                        message.columns.push($root.ingres.Column.decode(reader, reader.uint32(), undefined, long + 1));
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Decodes a RowsStart message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof ingres.RowsStart
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {ingres.RowsStart} RowsStart
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        RowsStart.decodeDelimited = function decodeDelimited(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.uint32());
        };

        /**
         * Verifies a RowsStart message.
         * @function verify
         * @memberof ingres.RowsStart
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        RowsStart.verify = function verify(message, long) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                return "maximum nesting depth exceeded";
            if (message.hasTitle != null && Object.hasOwnProperty.call(message, "hasTitle"))
                if (typeof message.hasTitle !== "boolean")
                    return "hasTitle: boolean expected";
            if (message.title != null && Object.hasOwnProperty.call(message, "title"))
                if (!$util.isString(message.title))
                    return "title: string expected";
            if (message.columns != null && Object.hasOwnProperty.call(message, "columns")) {
                if (!Array.isArray(message.columns))
                    return "columns: array expected";
                for (let i = 0; i < message.columns.length; ++i) {
                    let error = $root.ingres.Column.verify(message.columns[i], long + 1);
                    if (error)
                        return "columns." + error;
                }
            }
            return null;
        };

        /**
         * Creates a RowsStart message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof ingres.RowsStart
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {ingres.RowsStart} RowsStart
         */
        RowsStart.fromObject = function fromObject(object, long) {
            if (object instanceof $root.ingres.RowsStart)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".ingres.RowsStart: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.ingres.RowsStart();
            if (object.hasTitle != null)
                message.hasTitle = Boolean(object.hasTitle);
            if (object.title != null)
                message.title = String(object.title);
            if (object.columns) {
                if (!Array.isArray(object.columns))
                    throw TypeError(".ingres.RowsStart.columns: array expected");
                message.columns = [];
                for (let i = 0; i < object.columns.length; ++i) {
                    if (!$util.isObject(object.columns[i]))
                        throw TypeError(".ingres.RowsStart.columns: object expected");
                    message.columns[i] = $root.ingres.Column.fromObject(object.columns[i], long + 1);
                }
            }
            return message;
        };

        /**
         * Creates a plain object from a RowsStart message. Also converts values to other types if specified.
         * @function toObject
         * @memberof ingres.RowsStart
         * @static
         * @param {ingres.RowsStart} message RowsStart
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        RowsStart.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.columns = [];
            if (options.defaults) {
                object.hasTitle = false;
                object.title = "";
            }
            if (message.hasTitle != null && Object.hasOwnProperty.call(message, "hasTitle"))
                object.hasTitle = message.hasTitle;
            if (message.title != null && Object.hasOwnProperty.call(message, "title"))
                object.title = message.title;
            if (message.columns && message.columns.length) {
                object.columns = [];
                for (let j = 0; j < message.columns.length; ++j)
                    object.columns[j] = $root.ingres.Column.toObject(message.columns[j], options, q + 1);
            }
            return object;
        };

        /**
         * Converts this RowsStart to JSON.
         * @function toJSON
         * @memberof ingres.RowsStart
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        RowsStart.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the default type url for RowsStart
         * @function getTypeUrl
         * @memberof ingres.RowsStart
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        RowsStart.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/ingres.RowsStart";
        };

        return RowsStart;
    })();

    ingres.RowChunk = (function() {

        /**
         * Properties of a RowChunk.
         * @memberof ingres
         * @interface IRowChunk
         * @property {Array.<ingres.IRow>|null} [rows] RowChunk rows
         */

        /**
         * Constructs a new RowChunk.
         * @memberof ingres
         * @classdesc Represents a RowChunk.
         * @implements IRowChunk
         * @constructor
         * @param {ingres.IRowChunk=} [properties] Properties to set
         */
        function RowChunk(properties) {
            this.rows = [];
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * RowChunk rows.
         * @member {Array.<ingres.IRow>} rows
         * @memberof ingres.RowChunk
         * @instance
         */
        RowChunk.prototype.rows = $util.emptyArray;

        /**
         * Creates a new RowChunk instance using the specified properties.
         * @function create
         * @memberof ingres.RowChunk
         * @static
         * @param {ingres.IRowChunk=} [properties] Properties to set
         * @returns {ingres.RowChunk} RowChunk instance
         */
        RowChunk.create = function create(properties) {
            return new RowChunk(properties);
        };

        /**
         * Encodes the specified RowChunk message. Does not implicitly {@link ingres.RowChunk.verify|verify} messages.
         * @function encode
         * @memberof ingres.RowChunk
         * @static
         * @param {ingres.IRowChunk} message RowChunk message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        RowChunk.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.rows != null && message.rows.length)
                for (let i = 0; i < message.rows.length; ++i)
                    $root.ingres.Row.encode(message.rows[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            return writer;
        };

        /**
         * Encodes the specified RowChunk message, length delimited. Does not implicitly {@link ingres.RowChunk.verify|verify} messages.
         * @function encodeDelimited
         * @memberof ingres.RowChunk
         * @static
         * @param {ingres.IRowChunk} message RowChunk message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        RowChunk.encodeDelimited = function encodeDelimited(message, writer) {
            return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
        };

        /**
         * Decodes a RowChunk message from the specified reader or buffer.
         * @function decode
         * @memberof ingres.RowChunk
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ingres.RowChunk} RowChunk
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        RowChunk.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.ingres.RowChunk();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        if (!(message.rows && message.rows.length))
                            message.rows = [];
                        message.rows.push($root.ingres.Row.decode(reader, reader.uint32(), undefined, long + 1));
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Decodes a RowChunk message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof ingres.RowChunk
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {ingres.RowChunk} RowChunk
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        RowChunk.decodeDelimited = function decodeDelimited(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.uint32());
        };

        /**
         * Verifies a RowChunk message.
         * @function verify
         * @memberof ingres.RowChunk
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        RowChunk.verify = function verify(message, long) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                return "maximum nesting depth exceeded";
            if (message.rows != null && Object.hasOwnProperty.call(message, "rows")) {
                if (!Array.isArray(message.rows))
                    return "rows: array expected";
                for (let i = 0; i < message.rows.length; ++i) {
                    let error = $root.ingres.Row.verify(message.rows[i], long + 1);
                    if (error)
                        return "rows." + error;
                }
            }
            return null;
        };

        /**
         * Creates a RowChunk message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof ingres.RowChunk
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {ingres.RowChunk} RowChunk
         */
        RowChunk.fromObject = function fromObject(object, long) {
            if (object instanceof $root.ingres.RowChunk)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".ingres.RowChunk: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.ingres.RowChunk();
            if (object.rows) {
                if (!Array.isArray(object.rows))
                    throw TypeError(".ingres.RowChunk.rows: array expected");
                message.rows = [];
                for (let i = 0; i < object.rows.length; ++i) {
                    if (!$util.isObject(object.rows[i]))
                        throw TypeError(".ingres.RowChunk.rows: object expected");
                    message.rows[i] = $root.ingres.Row.fromObject(object.rows[i], long + 1);
                }
            }
            return message;
        };

        /**
         * Creates a plain object from a RowChunk message. Also converts values to other types if specified.
         * @function toObject
         * @memberof ingres.RowChunk
         * @static
         * @param {ingres.RowChunk} message RowChunk
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        RowChunk.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.rows = [];
            if (message.rows && message.rows.length) {
                object.rows = [];
                for (let j = 0; j < message.rows.length; ++j)
                    object.rows[j] = $root.ingres.Row.toObject(message.rows[j], options, q + 1);
            }
            return object;
        };

        /**
         * Converts this RowChunk to JSON.
         * @function toJSON
         * @memberof ingres.RowChunk
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        RowChunk.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the default type url for RowChunk
         * @function getTypeUrl
         * @memberof ingres.RowChunk
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        RowChunk.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/ingres.RowChunk";
        };

        return RowChunk;
    })();

    ingres.TextResult = (function() {

        /**
         * Properties of a TextResult.
         * @memberof ingres
         * @interface ITextResult
         * @property {string|null} [text] TextResult text
         */

        /**
         * Constructs a new TextResult.
         * @memberof ingres
         * @classdesc Represents a TextResult.
         * @implements ITextResult
         * @constructor
         * @param {ingres.ITextResult=} [properties] Properties to set
         */
        function TextResult(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * TextResult text.
         * @member {string} text
         * @memberof ingres.TextResult
         * @instance
         */
        TextResult.prototype.text = "";

        /**
         * Creates a new TextResult instance using the specified properties.
         * @function create
         * @memberof ingres.TextResult
         * @static
         * @param {ingres.ITextResult=} [properties] Properties to set
         * @returns {ingres.TextResult} TextResult instance
         */
        TextResult.create = function create(properties) {
            return new TextResult(properties);
        };

        /**
         * Encodes the specified TextResult message. Does not implicitly {@link ingres.TextResult.verify|verify} messages.
         * @function encode
         * @memberof ingres.TextResult
         * @static
         * @param {ingres.ITextResult} message TextResult message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        TextResult.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.text != null && Object.hasOwnProperty.call(message, "text"))
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.text);
            return writer;
        };

        /**
         * Encodes the specified TextResult message, length delimited. Does not implicitly {@link ingres.TextResult.verify|verify} messages.
         * @function encodeDelimited
         * @memberof ingres.TextResult
         * @static
         * @param {ingres.ITextResult} message TextResult message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        TextResult.encodeDelimited = function encodeDelimited(message, writer) {
            return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
        };

        /**
         * Decodes a TextResult message from the specified reader or buffer.
         * @function decode
         * @memberof ingres.TextResult
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ingres.TextResult} TextResult
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        TextResult.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.ingres.TextResult();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.text = reader.string();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Decodes a TextResult message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof ingres.TextResult
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {ingres.TextResult} TextResult
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        TextResult.decodeDelimited = function decodeDelimited(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.uint32());
        };

        /**
         * Verifies a TextResult message.
         * @function verify
         * @memberof ingres.TextResult
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        TextResult.verify = function verify(message, long) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                return "maximum nesting depth exceeded";
            if (message.text != null && Object.hasOwnProperty.call(message, "text"))
                if (!$util.isString(message.text))
                    return "text: string expected";
            return null;
        };

        /**
         * Creates a TextResult message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof ingres.TextResult
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {ingres.TextResult} TextResult
         */
        TextResult.fromObject = function fromObject(object, long) {
            if (object instanceof $root.ingres.TextResult)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".ingres.TextResult: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.ingres.TextResult();
            if (object.text != null)
                message.text = String(object.text);
            return message;
        };

        /**
         * Creates a plain object from a TextResult message. Also converts values to other types if specified.
         * @function toObject
         * @memberof ingres.TextResult
         * @static
         * @param {ingres.TextResult} message TextResult
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        TextResult.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.defaults)
                object.text = "";
            if (message.text != null && Object.hasOwnProperty.call(message, "text"))
                object.text = message.text;
            return object;
        };

        /**
         * Converts this TextResult to JSON.
         * @function toJSON
         * @memberof ingres.TextResult
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        TextResult.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the default type url for TextResult
         * @function getTypeUrl
         * @memberof ingres.TextResult
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        TextResult.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/ingres.TextResult";
        };

        return TextResult;
    })();

    ingres.DoneResult = (function() {

        /**
         * Properties of a DoneResult.
         * @memberof ingres
         * @interface IDoneResult
         * @property {string|null} [statement] DoneResult statement
         * @property {boolean|null} [hasTuples] DoneResult hasTuples
         * @property {number|null} [tuples] DoneResult tuples
         */

        /**
         * Constructs a new DoneResult.
         * @memberof ingres
         * @classdesc Represents a DoneResult.
         * @implements IDoneResult
         * @constructor
         * @param {ingres.IDoneResult=} [properties] Properties to set
         */
        function DoneResult(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * DoneResult statement.
         * @member {string} statement
         * @memberof ingres.DoneResult
         * @instance
         */
        DoneResult.prototype.statement = "";

        /**
         * DoneResult hasTuples.
         * @member {boolean} hasTuples
         * @memberof ingres.DoneResult
         * @instance
         */
        DoneResult.prototype.hasTuples = false;

        /**
         * DoneResult tuples.
         * @member {number} tuples
         * @memberof ingres.DoneResult
         * @instance
         */
        DoneResult.prototype.tuples = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * Creates a new DoneResult instance using the specified properties.
         * @function create
         * @memberof ingres.DoneResult
         * @static
         * @param {ingres.IDoneResult=} [properties] Properties to set
         * @returns {ingres.DoneResult} DoneResult instance
         */
        DoneResult.create = function create(properties) {
            return new DoneResult(properties);
        };

        /**
         * Encodes the specified DoneResult message. Does not implicitly {@link ingres.DoneResult.verify|verify} messages.
         * @function encode
         * @memberof ingres.DoneResult
         * @static
         * @param {ingres.IDoneResult} message DoneResult message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        DoneResult.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.statement != null && Object.hasOwnProperty.call(message, "statement"))
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.statement);
            if (message.hasTuples != null && Object.hasOwnProperty.call(message, "hasTuples"))
                writer.uint32(/* id 2, wireType 0 =*/16).bool(message.hasTuples);
            if (message.tuples != null && Object.hasOwnProperty.call(message, "tuples"))
                writer.uint32(/* id 3, wireType 0 =*/24).sint64(message.tuples);
            return writer;
        };

        /**
         * Encodes the specified DoneResult message, length delimited. Does not implicitly {@link ingres.DoneResult.verify|verify} messages.
         * @function encodeDelimited
         * @memberof ingres.DoneResult
         * @static
         * @param {ingres.IDoneResult} message DoneResult message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        DoneResult.encodeDelimited = function encodeDelimited(message, writer) {
            return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
        };

        /**
         * Decodes a DoneResult message from the specified reader or buffer.
         * @function decode
         * @memberof ingres.DoneResult
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ingres.DoneResult} DoneResult
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        DoneResult.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.ingres.DoneResult();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.statement = reader.string();
                        break;
                    }
                case 2: {
                        message.hasTuples = reader.bool();
                        break;
                    }
                case 3: {
                        message.tuples = reader.sint64();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Decodes a DoneResult message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof ingres.DoneResult
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {ingres.DoneResult} DoneResult
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        DoneResult.decodeDelimited = function decodeDelimited(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.uint32());
        };

        /**
         * Verifies a DoneResult message.
         * @function verify
         * @memberof ingres.DoneResult
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        DoneResult.verify = function verify(message, long) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                return "maximum nesting depth exceeded";
            if (message.statement != null && Object.hasOwnProperty.call(message, "statement"))
                if (!$util.isString(message.statement))
                    return "statement: string expected";
            if (message.hasTuples != null && Object.hasOwnProperty.call(message, "hasTuples"))
                if (typeof message.hasTuples !== "boolean")
                    return "hasTuples: boolean expected";
            if (message.tuples != null && Object.hasOwnProperty.call(message, "tuples"))
                if (!$util.isInteger(message.tuples) && !(message.tuples && $util.isInteger(message.tuples.low) && $util.isInteger(message.tuples.high)))
                    return "tuples: integer|Long expected";
            return null;
        };

        /**
         * Creates a DoneResult message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof ingres.DoneResult
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {ingres.DoneResult} DoneResult
         */
        DoneResult.fromObject = function fromObject(object, long) {
            if (object instanceof $root.ingres.DoneResult)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".ingres.DoneResult: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.ingres.DoneResult();
            if (object.statement != null)
                message.statement = String(object.statement);
            if (object.hasTuples != null)
                message.hasTuples = Boolean(object.hasTuples);
            if (object.tuples != null)
                if ($util.Long)
                    message.tuples = $util.Long.fromValue(object.tuples, false);
                else if (typeof object.tuples === "string")
                    message.tuples = parseInt(object.tuples, 10);
                else if (typeof object.tuples === "number")
                    message.tuples = object.tuples;
                else if (typeof object.tuples === "object")
                    message.tuples = new $util.LongBits(object.tuples.low >>> 0, object.tuples.high >>> 0).toNumber();
            return message;
        };

        /**
         * Creates a plain object from a DoneResult message. Also converts values to other types if specified.
         * @function toObject
         * @memberof ingres.DoneResult
         * @static
         * @param {ingres.DoneResult} message DoneResult
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        DoneResult.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.statement = "";
                object.hasTuples = false;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.tuples = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                } else
                    object.tuples = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
            }
            if (message.statement != null && Object.hasOwnProperty.call(message, "statement"))
                object.statement = message.statement;
            if (message.hasTuples != null && Object.hasOwnProperty.call(message, "hasTuples"))
                object.hasTuples = message.hasTuples;
            if (message.tuples != null && Object.hasOwnProperty.call(message, "tuples"))
                if (typeof BigInt !== "undefined" && options.longs === BigInt)
                    object.tuples = typeof message.tuples === "number" ? BigInt(message.tuples) : $util.Long.fromBits(message.tuples.low >>> 0, message.tuples.high >>> 0, false).toBigInt();
                else if (typeof message.tuples === "number")
                    object.tuples = options.longs === String ? String(message.tuples) : message.tuples;
                else
                    object.tuples = options.longs === String ? $util.Long.prototype.toString.call(message.tuples) : options.longs === Number ? new $util.LongBits(message.tuples.low >>> 0, message.tuples.high >>> 0).toNumber() : message.tuples;
            return object;
        };

        /**
         * Converts this DoneResult to JSON.
         * @function toJSON
         * @memberof ingres.DoneResult
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        DoneResult.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the default type url for DoneResult
         * @function getTypeUrl
         * @memberof ingres.DoneResult
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        DoneResult.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/ingres.DoneResult";
        };

        return DoneResult;
    })();

    ingres.RunReply = (function() {

        /**
         * Properties of a RunReply.
         * @memberof ingres
         * @interface IRunReply
         * @property {number|null} [statement] RunReply statement
         * @property {ingres.IRowsStart|null} [rowsStart] RunReply rowsStart
         * @property {ingres.IRowChunk|null} [rows] RunReply rows
         * @property {ingres.ITextResult|null} [text] RunReply text
         * @property {ingres.IDoneResult|null} [done] RunReply done
         * @property {ingres.IErrorInfo|null} [error] RunReply error
         */

        /**
         * Constructs a new RunReply.
         * @memberof ingres
         * @classdesc Represents a RunReply.
         * @implements IRunReply
         * @constructor
         * @param {ingres.IRunReply=} [properties] Properties to set
         */
        function RunReply(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * RunReply statement.
         * @member {number} statement
         * @memberof ingres.RunReply
         * @instance
         */
        RunReply.prototype.statement = 0;

        /**
         * RunReply rowsStart.
         * @member {ingres.IRowsStart|null|undefined} rowsStart
         * @memberof ingres.RunReply
         * @instance
         */
        RunReply.prototype.rowsStart = null;

        /**
         * RunReply rows.
         * @member {ingres.IRowChunk|null|undefined} rows
         * @memberof ingres.RunReply
         * @instance
         */
        RunReply.prototype.rows = null;

        /**
         * RunReply text.
         * @member {ingres.ITextResult|null|undefined} text
         * @memberof ingres.RunReply
         * @instance
         */
        RunReply.prototype.text = null;

        /**
         * RunReply done.
         * @member {ingres.IDoneResult|null|undefined} done
         * @memberof ingres.RunReply
         * @instance
         */
        RunReply.prototype.done = null;

        /**
         * RunReply error.
         * @member {ingres.IErrorInfo|null|undefined} error
         * @memberof ingres.RunReply
         * @instance
         */
        RunReply.prototype.error = null;

        // OneOf field names bound to virtual getters and setters
        let $oneOfFields;

        /**
         * RunReply part.
         * @member {"rowsStart"|"rows"|"text"|"done"|"error"|undefined} part
         * @memberof ingres.RunReply
         * @instance
         */
        Object.defineProperty(RunReply.prototype, "part", {
            get: $util.oneOfGetter($oneOfFields = ["rowsStart", "rows", "text", "done", "error"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        /**
         * Creates a new RunReply instance using the specified properties.
         * @function create
         * @memberof ingres.RunReply
         * @static
         * @param {ingres.IRunReply=} [properties] Properties to set
         * @returns {ingres.RunReply} RunReply instance
         */
        RunReply.create = function create(properties) {
            return new RunReply(properties);
        };

        /**
         * Encodes the specified RunReply message. Does not implicitly {@link ingres.RunReply.verify|verify} messages.
         * @function encode
         * @memberof ingres.RunReply
         * @static
         * @param {ingres.IRunReply} message RunReply message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        RunReply.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.statement != null && Object.hasOwnProperty.call(message, "statement"))
                writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.statement);
            if (message.rowsStart != null && Object.hasOwnProperty.call(message, "rowsStart"))
                $root.ingres.RowsStart.encode(message.rowsStart, writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
            if (message.rows != null && Object.hasOwnProperty.call(message, "rows"))
                $root.ingres.RowChunk.encode(message.rows, writer.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
            if (message.text != null && Object.hasOwnProperty.call(message, "text"))
                $root.ingres.TextResult.encode(message.text, writer.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
            if (message.done != null && Object.hasOwnProperty.call(message, "done"))
                $root.ingres.DoneResult.encode(message.done, writer.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
            if (message.error != null && Object.hasOwnProperty.call(message, "error"))
                $root.ingres.ErrorInfo.encode(message.error, writer.uint32(/* id 6, wireType 2 =*/50).fork(), q + 1).ldelim();
            return writer;
        };

        /**
         * Encodes the specified RunReply message, length delimited. Does not implicitly {@link ingres.RunReply.verify|verify} messages.
         * @function encodeDelimited
         * @memberof ingres.RunReply
         * @static
         * @param {ingres.IRunReply} message RunReply message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        RunReply.encodeDelimited = function encodeDelimited(message, writer) {
            return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
        };

        /**
         * Decodes a RunReply message from the specified reader or buffer.
         * @function decode
         * @memberof ingres.RunReply
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ingres.RunReply} RunReply
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        RunReply.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.ingres.RunReply();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.statement = reader.uint32();
                        break;
                    }
                case 2: {
                        message.rowsStart = $root.ingres.RowsStart.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                case 3: {
                        message.rows = $root.ingres.RowChunk.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                case 4: {
                        message.text = $root.ingres.TextResult.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                case 5: {
                        message.done = $root.ingres.DoneResult.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                case 6: {
                        message.error = $root.ingres.ErrorInfo.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Decodes a RunReply message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof ingres.RunReply
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {ingres.RunReply} RunReply
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        RunReply.decodeDelimited = function decodeDelimited(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.uint32());
        };

        /**
         * Verifies a RunReply message.
         * @function verify
         * @memberof ingres.RunReply
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        RunReply.verify = function verify(message, long) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                return "maximum nesting depth exceeded";
            let properties = {};
            if (message.statement != null && Object.hasOwnProperty.call(message, "statement"))
                if (!$util.isInteger(message.statement))
                    return "statement: integer expected";
            if (message.rowsStart != null && Object.hasOwnProperty.call(message, "rowsStart")) {
                properties.part = 1;
                {
                    let error = $root.ingres.RowsStart.verify(message.rowsStart, long + 1);
                    if (error)
                        return "rowsStart." + error;
                }
            }
            if (message.rows != null && Object.hasOwnProperty.call(message, "rows")) {
                if (properties.part === 1)
                    return "part: multiple values";
                properties.part = 1;
                {
                    let error = $root.ingres.RowChunk.verify(message.rows, long + 1);
                    if (error)
                        return "rows." + error;
                }
            }
            if (message.text != null && Object.hasOwnProperty.call(message, "text")) {
                if (properties.part === 1)
                    return "part: multiple values";
                properties.part = 1;
                {
                    let error = $root.ingres.TextResult.verify(message.text, long + 1);
                    if (error)
                        return "text." + error;
                }
            }
            if (message.done != null && Object.hasOwnProperty.call(message, "done")) {
                if (properties.part === 1)
                    return "part: multiple values";
                properties.part = 1;
                {
                    let error = $root.ingres.DoneResult.verify(message.done, long + 1);
                    if (error)
                        return "done." + error;
                }
            }
            if (message.error != null && Object.hasOwnProperty.call(message, "error")) {
                if (properties.part === 1)
                    return "part: multiple values";
                properties.part = 1;
                {
                    let error = $root.ingres.ErrorInfo.verify(message.error, long + 1);
                    if (error)
                        return "error." + error;
                }
            }
            return null;
        };

        /**
         * Creates a RunReply message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof ingres.RunReply
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {ingres.RunReply} RunReply
         */
        RunReply.fromObject = function fromObject(object, long) {
            if (object instanceof $root.ingres.RunReply)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".ingres.RunReply: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.ingres.RunReply();
            if (object.statement != null)
                message.statement = object.statement >>> 0;
            if (object.rowsStart != null) {
                if (!$util.isObject(object.rowsStart))
                    throw TypeError(".ingres.RunReply.rowsStart: object expected");
                message.rowsStart = $root.ingres.RowsStart.fromObject(object.rowsStart, long + 1);
            }
            if (object.rows != null) {
                if (!$util.isObject(object.rows))
                    throw TypeError(".ingres.RunReply.rows: object expected");
                message.rows = $root.ingres.RowChunk.fromObject(object.rows, long + 1);
            }
            if (object.text != null) {
                if (!$util.isObject(object.text))
                    throw TypeError(".ingres.RunReply.text: object expected");
                message.text = $root.ingres.TextResult.fromObject(object.text, long + 1);
            }
            if (object.done != null) {
                if (!$util.isObject(object.done))
                    throw TypeError(".ingres.RunReply.done: object expected");
                message.done = $root.ingres.DoneResult.fromObject(object.done, long + 1);
            }
            if (object.error != null) {
                if (!$util.isObject(object.error))
                    throw TypeError(".ingres.RunReply.error: object expected");
                message.error = $root.ingres.ErrorInfo.fromObject(object.error, long + 1);
            }
            return message;
        };

        /**
         * Creates a plain object from a RunReply message. Also converts values to other types if specified.
         * @function toObject
         * @memberof ingres.RunReply
         * @static
         * @param {ingres.RunReply} message RunReply
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        RunReply.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.defaults)
                object.statement = 0;
            if (message.statement != null && Object.hasOwnProperty.call(message, "statement"))
                object.statement = message.statement;
            if (message.rowsStart != null && Object.hasOwnProperty.call(message, "rowsStart")) {
                object.rowsStart = $root.ingres.RowsStart.toObject(message.rowsStart, options, q + 1);
                if (options.oneofs)
                    object.part = "rowsStart";
            }
            if (message.rows != null && Object.hasOwnProperty.call(message, "rows")) {
                object.rows = $root.ingres.RowChunk.toObject(message.rows, options, q + 1);
                if (options.oneofs)
                    object.part = "rows";
            }
            if (message.text != null && Object.hasOwnProperty.call(message, "text")) {
                object.text = $root.ingres.TextResult.toObject(message.text, options, q + 1);
                if (options.oneofs)
                    object.part = "text";
            }
            if (message.done != null && Object.hasOwnProperty.call(message, "done")) {
                object.done = $root.ingres.DoneResult.toObject(message.done, options, q + 1);
                if (options.oneofs)
                    object.part = "done";
            }
            if (message.error != null && Object.hasOwnProperty.call(message, "error")) {
                object.error = $root.ingres.ErrorInfo.toObject(message.error, options, q + 1);
                if (options.oneofs)
                    object.part = "error";
            }
            return object;
        };

        /**
         * Converts this RunReply to JSON.
         * @function toJSON
         * @memberof ingres.RunReply
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        RunReply.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the default type url for RunReply
         * @function getTypeUrl
         * @memberof ingres.RunReply
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        RunReply.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/ingres.RunReply";
        };

        return RunReply;
    })();

    ingres.CloseSessionRequest = (function() {

        /**
         * Properties of a CloseSessionRequest.
         * @memberof ingres
         * @interface ICloseSessionRequest
         * @property {string|null} [sessionId] CloseSessionRequest sessionId
         */

        /**
         * Constructs a new CloseSessionRequest.
         * @memberof ingres
         * @classdesc Represents a CloseSessionRequest.
         * @implements ICloseSessionRequest
         * @constructor
         * @param {ingres.ICloseSessionRequest=} [properties] Properties to set
         */
        function CloseSessionRequest(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * CloseSessionRequest sessionId.
         * @member {string} sessionId
         * @memberof ingres.CloseSessionRequest
         * @instance
         */
        CloseSessionRequest.prototype.sessionId = "";

        /**
         * Creates a new CloseSessionRequest instance using the specified properties.
         * @function create
         * @memberof ingres.CloseSessionRequest
         * @static
         * @param {ingres.ICloseSessionRequest=} [properties] Properties to set
         * @returns {ingres.CloseSessionRequest} CloseSessionRequest instance
         */
        CloseSessionRequest.create = function create(properties) {
            return new CloseSessionRequest(properties);
        };

        /**
         * Encodes the specified CloseSessionRequest message. Does not implicitly {@link ingres.CloseSessionRequest.verify|verify} messages.
         * @function encode
         * @memberof ingres.CloseSessionRequest
         * @static
         * @param {ingres.ICloseSessionRequest} message CloseSessionRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        CloseSessionRequest.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.sessionId != null && Object.hasOwnProperty.call(message, "sessionId"))
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.sessionId);
            return writer;
        };

        /**
         * Encodes the specified CloseSessionRequest message, length delimited. Does not implicitly {@link ingres.CloseSessionRequest.verify|verify} messages.
         * @function encodeDelimited
         * @memberof ingres.CloseSessionRequest
         * @static
         * @param {ingres.ICloseSessionRequest} message CloseSessionRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        CloseSessionRequest.encodeDelimited = function encodeDelimited(message, writer) {
            return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
        };

        /**
         * Decodes a CloseSessionRequest message from the specified reader or buffer.
         * @function decode
         * @memberof ingres.CloseSessionRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ingres.CloseSessionRequest} CloseSessionRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        CloseSessionRequest.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.ingres.CloseSessionRequest();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.sessionId = reader.string();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Decodes a CloseSessionRequest message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof ingres.CloseSessionRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {ingres.CloseSessionRequest} CloseSessionRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        CloseSessionRequest.decodeDelimited = function decodeDelimited(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.uint32());
        };

        /**
         * Verifies a CloseSessionRequest message.
         * @function verify
         * @memberof ingres.CloseSessionRequest
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        CloseSessionRequest.verify = function verify(message, long) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                return "maximum nesting depth exceeded";
            if (message.sessionId != null && Object.hasOwnProperty.call(message, "sessionId"))
                if (!$util.isString(message.sessionId))
                    return "sessionId: string expected";
            return null;
        };

        /**
         * Creates a CloseSessionRequest message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof ingres.CloseSessionRequest
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {ingres.CloseSessionRequest} CloseSessionRequest
         */
        CloseSessionRequest.fromObject = function fromObject(object, long) {
            if (object instanceof $root.ingres.CloseSessionRequest)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".ingres.CloseSessionRequest: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.ingres.CloseSessionRequest();
            if (object.sessionId != null)
                message.sessionId = String(object.sessionId);
            return message;
        };

        /**
         * Creates a plain object from a CloseSessionRequest message. Also converts values to other types if specified.
         * @function toObject
         * @memberof ingres.CloseSessionRequest
         * @static
         * @param {ingres.CloseSessionRequest} message CloseSessionRequest
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        CloseSessionRequest.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.defaults)
                object.sessionId = "";
            if (message.sessionId != null && Object.hasOwnProperty.call(message, "sessionId"))
                object.sessionId = message.sessionId;
            return object;
        };

        /**
         * Converts this CloseSessionRequest to JSON.
         * @function toJSON
         * @memberof ingres.CloseSessionRequest
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        CloseSessionRequest.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the default type url for CloseSessionRequest
         * @function getTypeUrl
         * @memberof ingres.CloseSessionRequest
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        CloseSessionRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/ingres.CloseSessionRequest";
        };

        return CloseSessionRequest;
    })();

    ingres.CloseSessionReply = (function() {

        /**
         * Properties of a CloseSessionReply.
         * @memberof ingres
         * @interface ICloseSessionReply
         */

        /**
         * Constructs a new CloseSessionReply.
         * @memberof ingres
         * @classdesc Represents a CloseSessionReply.
         * @implements ICloseSessionReply
         * @constructor
         * @param {ingres.ICloseSessionReply=} [properties] Properties to set
         */
        function CloseSessionReply(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * Creates a new CloseSessionReply instance using the specified properties.
         * @function create
         * @memberof ingres.CloseSessionReply
         * @static
         * @param {ingres.ICloseSessionReply=} [properties] Properties to set
         * @returns {ingres.CloseSessionReply} CloseSessionReply instance
         */
        CloseSessionReply.create = function create(properties) {
            return new CloseSessionReply(properties);
        };

        /**
         * Encodes the specified CloseSessionReply message. Does not implicitly {@link ingres.CloseSessionReply.verify|verify} messages.
         * @function encode
         * @memberof ingres.CloseSessionReply
         * @static
         * @param {ingres.ICloseSessionReply} message CloseSessionReply message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        CloseSessionReply.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            return writer;
        };

        /**
         * Encodes the specified CloseSessionReply message, length delimited. Does not implicitly {@link ingres.CloseSessionReply.verify|verify} messages.
         * @function encodeDelimited
         * @memberof ingres.CloseSessionReply
         * @static
         * @param {ingres.ICloseSessionReply} message CloseSessionReply message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        CloseSessionReply.encodeDelimited = function encodeDelimited(message, writer) {
            return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
        };

        /**
         * Decodes a CloseSessionReply message from the specified reader or buffer.
         * @function decode
         * @memberof ingres.CloseSessionReply
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ingres.CloseSessionReply} CloseSessionReply
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        CloseSessionReply.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.ingres.CloseSessionReply();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Decodes a CloseSessionReply message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof ingres.CloseSessionReply
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {ingres.CloseSessionReply} CloseSessionReply
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        CloseSessionReply.decodeDelimited = function decodeDelimited(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.uint32());
        };

        /**
         * Verifies a CloseSessionReply message.
         * @function verify
         * @memberof ingres.CloseSessionReply
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        CloseSessionReply.verify = function verify(message, long) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                return "maximum nesting depth exceeded";
            return null;
        };

        /**
         * Creates a CloseSessionReply message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof ingres.CloseSessionReply
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {ingres.CloseSessionReply} CloseSessionReply
         */
        CloseSessionReply.fromObject = function fromObject(object, long) {
            if (object instanceof $root.ingres.CloseSessionReply)
                return object;
            return new $root.ingres.CloseSessionReply();
        };

        /**
         * Creates a plain object from a CloseSessionReply message. Also converts values to other types if specified.
         * @function toObject
         * @memberof ingres.CloseSessionReply
         * @static
         * @param {ingres.CloseSessionReply} message CloseSessionReply
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        CloseSessionReply.toObject = function toObject() {
            return {};
        };

        /**
         * Converts this CloseSessionReply to JSON.
         * @function toJSON
         * @memberof ingres.CloseSessionReply
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        CloseSessionReply.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the default type url for CloseSessionReply
         * @function getTypeUrl
         * @memberof ingres.CloseSessionReply
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        CloseSessionReply.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/ingres.CloseSessionReply";
        };

        return CloseSessionReply;
    })();

    /**
     * Vote enum.
     * @name ingres.Vote
     * @enum {number}
     * @property {number} VOTE_UNSPECIFIED=0 VOTE_UNSPECIFIED value
     * @property {number} VOTE_YES=1 VOTE_YES value
     * @property {number} VOTE_NO=2 VOTE_NO value
     * @property {number} VOTE_READ_ONLY=3 VOTE_READ_ONLY value
     */
    ingres.Vote = (function() {
        const valuesById = {}, values = Object.create(valuesById);
        values[valuesById[0] = "VOTE_UNSPECIFIED"] = 0;
        values[valuesById[1] = "VOTE_YES"] = 1;
        values[valuesById[2] = "VOTE_NO"] = 2;
        values[valuesById[3] = "VOTE_READ_ONLY"] = 3;
        return values;
    })();

    /**
     * Decision enum.
     * @name ingres.Decision
     * @enum {number}
     * @property {number} DECISION_UNSPECIFIED=0 DECISION_UNSPECIFIED value
     * @property {number} DECISION_COMMIT=1 DECISION_COMMIT value
     * @property {number} DECISION_ABORT=2 DECISION_ABORT value
     * @property {number} DECISION_PENDING=3 DECISION_PENDING value
     */
    ingres.Decision = (function() {
        const valuesById = {}, values = Object.create(valuesById);
        values[valuesById[0] = "DECISION_UNSPECIFIED"] = 0;
        values[valuesById[1] = "DECISION_COMMIT"] = 1;
        values[valuesById[2] = "DECISION_ABORT"] = 2;
        values[valuesById[3] = "DECISION_PENDING"] = 3;
        return values;
    })();

    ingres.UpSys = (function() {

        /**
         * Properties of an UpSys.
         * @memberof ingres
         * @interface IUpSys
         * @property {Array.<string>|null} [statements] UpSys statements
         */

        /**
         * Constructs a new UpSys.
         * @memberof ingres
         * @classdesc Represents an UpSys.
         * @implements IUpSys
         * @constructor
         * @param {ingres.IUpSys=} [properties] Properties to set
         */
        function UpSys(properties) {
            this.statements = [];
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * UpSys statements.
         * @member {Array.<string>} statements
         * @memberof ingres.UpSys
         * @instance
         */
        UpSys.prototype.statements = $util.emptyArray;

        /**
         * Creates a new UpSys instance using the specified properties.
         * @function create
         * @memberof ingres.UpSys
         * @static
         * @param {ingres.IUpSys=} [properties] Properties to set
         * @returns {ingres.UpSys} UpSys instance
         */
        UpSys.create = function create(properties) {
            return new UpSys(properties);
        };

        /**
         * Encodes the specified UpSys message. Does not implicitly {@link ingres.UpSys.verify|verify} messages.
         * @function encode
         * @memberof ingres.UpSys
         * @static
         * @param {ingres.IUpSys} message UpSys message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        UpSys.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.statements != null && message.statements.length)
                for (let i = 0; i < message.statements.length; ++i)
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.statements[i]);
            return writer;
        };

        /**
         * Encodes the specified UpSys message, length delimited. Does not implicitly {@link ingres.UpSys.verify|verify} messages.
         * @function encodeDelimited
         * @memberof ingres.UpSys
         * @static
         * @param {ingres.IUpSys} message UpSys message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        UpSys.encodeDelimited = function encodeDelimited(message, writer) {
            return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
        };

        /**
         * Decodes an UpSys message from the specified reader or buffer.
         * @function decode
         * @memberof ingres.UpSys
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ingres.UpSys} UpSys
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        UpSys.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.ingres.UpSys();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        if (!(message.statements && message.statements.length))
                            message.statements = [];
                        message.statements.push(reader.string());
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Decodes an UpSys message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof ingres.UpSys
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {ingres.UpSys} UpSys
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        UpSys.decodeDelimited = function decodeDelimited(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.uint32());
        };

        /**
         * Verifies an UpSys message.
         * @function verify
         * @memberof ingres.UpSys
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        UpSys.verify = function verify(message, long) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                return "maximum nesting depth exceeded";
            if (message.statements != null && Object.hasOwnProperty.call(message, "statements")) {
                if (!Array.isArray(message.statements))
                    return "statements: array expected";
                for (let i = 0; i < message.statements.length; ++i)
                    if (!$util.isString(message.statements[i]))
                        return "statements: string[] expected";
            }
            return null;
        };

        /**
         * Creates an UpSys message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof ingres.UpSys
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {ingres.UpSys} UpSys
         */
        UpSys.fromObject = function fromObject(object, long) {
            if (object instanceof $root.ingres.UpSys)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".ingres.UpSys: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.ingres.UpSys();
            if (object.statements) {
                if (!Array.isArray(object.statements))
                    throw TypeError(".ingres.UpSys.statements: array expected");
                message.statements = [];
                for (let i = 0; i < object.statements.length; ++i)
                    message.statements[i] = String(object.statements[i]);
            }
            return message;
        };

        /**
         * Creates a plain object from an UpSys message. Also converts values to other types if specified.
         * @function toObject
         * @memberof ingres.UpSys
         * @static
         * @param {ingres.UpSys} message UpSys
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        UpSys.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.statements = [];
            if (message.statements && message.statements.length) {
                object.statements = [];
                for (let j = 0; j < message.statements.length; ++j)
                    object.statements[j] = message.statements[j];
            }
            return object;
        };

        /**
         * Converts this UpSys to JSON.
         * @function toJSON
         * @memberof ingres.UpSys
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        UpSys.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the default type url for UpSys
         * @function getTypeUrl
         * @memberof ingres.UpSys
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        UpSys.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/ingres.UpSys";
        };

        return UpSys;
    })();

    ingres.TrStart = (function() {

        /**
         * Properties of a TrStart.
         * @memberof ingres
         * @interface ITrStart
         * @property {string|null} [database] TrStart database
         * @property {string|null} [globalId] TrStart globalId
         * @property {string|null} [coordinator] TrStart coordinator
         * @property {string|null} [userHost] TrStart userHost
         * @property {ingres.IUpSys|null} [upSys] TrStart upSys
         */

        /**
         * Constructs a new TrStart.
         * @memberof ingres
         * @classdesc Represents a TrStart.
         * @implements ITrStart
         * @constructor
         * @param {ingres.ITrStart=} [properties] Properties to set
         */
        function TrStart(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * TrStart database.
         * @member {string} database
         * @memberof ingres.TrStart
         * @instance
         */
        TrStart.prototype.database = "";

        /**
         * TrStart globalId.
         * @member {string} globalId
         * @memberof ingres.TrStart
         * @instance
         */
        TrStart.prototype.globalId = "";

        /**
         * TrStart coordinator.
         * @member {string} coordinator
         * @memberof ingres.TrStart
         * @instance
         */
        TrStart.prototype.coordinator = "";

        /**
         * TrStart userHost.
         * @member {string} userHost
         * @memberof ingres.TrStart
         * @instance
         */
        TrStart.prototype.userHost = "";

        /**
         * TrStart upSys.
         * @member {ingres.IUpSys|null|undefined} upSys
         * @memberof ingres.TrStart
         * @instance
         */
        TrStart.prototype.upSys = null;

        /**
         * Creates a new TrStart instance using the specified properties.
         * @function create
         * @memberof ingres.TrStart
         * @static
         * @param {ingres.ITrStart=} [properties] Properties to set
         * @returns {ingres.TrStart} TrStart instance
         */
        TrStart.create = function create(properties) {
            return new TrStart(properties);
        };

        /**
         * Encodes the specified TrStart message. Does not implicitly {@link ingres.TrStart.verify|verify} messages.
         * @function encode
         * @memberof ingres.TrStart
         * @static
         * @param {ingres.ITrStart} message TrStart message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        TrStart.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.database != null && Object.hasOwnProperty.call(message, "database"))
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.database);
            if (message.globalId != null && Object.hasOwnProperty.call(message, "globalId"))
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.globalId);
            if (message.coordinator != null && Object.hasOwnProperty.call(message, "coordinator"))
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.coordinator);
            if (message.userHost != null && Object.hasOwnProperty.call(message, "userHost"))
                writer.uint32(/* id 4, wireType 2 =*/34).string(message.userHost);
            if (message.upSys != null && Object.hasOwnProperty.call(message, "upSys"))
                $root.ingres.UpSys.encode(message.upSys, writer.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
            return writer;
        };

        /**
         * Encodes the specified TrStart message, length delimited. Does not implicitly {@link ingres.TrStart.verify|verify} messages.
         * @function encodeDelimited
         * @memberof ingres.TrStart
         * @static
         * @param {ingres.ITrStart} message TrStart message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        TrStart.encodeDelimited = function encodeDelimited(message, writer) {
            return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
        };

        /**
         * Decodes a TrStart message from the specified reader or buffer.
         * @function decode
         * @memberof ingres.TrStart
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ingres.TrStart} TrStart
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        TrStart.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.ingres.TrStart();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.database = reader.string();
                        break;
                    }
                case 2: {
                        message.globalId = reader.string();
                        break;
                    }
                case 3: {
                        message.coordinator = reader.string();
                        break;
                    }
                case 4: {
                        message.userHost = reader.string();
                        break;
                    }
                case 5: {
                        message.upSys = $root.ingres.UpSys.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Decodes a TrStart message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof ingres.TrStart
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {ingres.TrStart} TrStart
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        TrStart.decodeDelimited = function decodeDelimited(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.uint32());
        };

        /**
         * Verifies a TrStart message.
         * @function verify
         * @memberof ingres.TrStart
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        TrStart.verify = function verify(message, long) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                return "maximum nesting depth exceeded";
            if (message.database != null && Object.hasOwnProperty.call(message, "database"))
                if (!$util.isString(message.database))
                    return "database: string expected";
            if (message.globalId != null && Object.hasOwnProperty.call(message, "globalId"))
                if (!$util.isString(message.globalId))
                    return "globalId: string expected";
            if (message.coordinator != null && Object.hasOwnProperty.call(message, "coordinator"))
                if (!$util.isString(message.coordinator))
                    return "coordinator: string expected";
            if (message.userHost != null && Object.hasOwnProperty.call(message, "userHost"))
                if (!$util.isString(message.userHost))
                    return "userHost: string expected";
            if (message.upSys != null && Object.hasOwnProperty.call(message, "upSys")) {
                let error = $root.ingres.UpSys.verify(message.upSys, long + 1);
                if (error)
                    return "upSys." + error;
            }
            return null;
        };

        /**
         * Creates a TrStart message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof ingres.TrStart
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {ingres.TrStart} TrStart
         */
        TrStart.fromObject = function fromObject(object, long) {
            if (object instanceof $root.ingres.TrStart)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".ingres.TrStart: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.ingres.TrStart();
            if (object.database != null)
                message.database = String(object.database);
            if (object.globalId != null)
                message.globalId = String(object.globalId);
            if (object.coordinator != null)
                message.coordinator = String(object.coordinator);
            if (object.userHost != null)
                message.userHost = String(object.userHost);
            if (object.upSys != null) {
                if (!$util.isObject(object.upSys))
                    throw TypeError(".ingres.TrStart.upSys: object expected");
                message.upSys = $root.ingres.UpSys.fromObject(object.upSys, long + 1);
            }
            return message;
        };

        /**
         * Creates a plain object from a TrStart message. Also converts values to other types if specified.
         * @function toObject
         * @memberof ingres.TrStart
         * @static
         * @param {ingres.TrStart} message TrStart
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        TrStart.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.database = "";
                object.globalId = "";
                object.coordinator = "";
                object.userHost = "";
                object.upSys = null;
            }
            if (message.database != null && Object.hasOwnProperty.call(message, "database"))
                object.database = message.database;
            if (message.globalId != null && Object.hasOwnProperty.call(message, "globalId"))
                object.globalId = message.globalId;
            if (message.coordinator != null && Object.hasOwnProperty.call(message, "coordinator"))
                object.coordinator = message.coordinator;
            if (message.userHost != null && Object.hasOwnProperty.call(message, "userHost"))
                object.userHost = message.userHost;
            if (message.upSys != null && Object.hasOwnProperty.call(message, "upSys"))
                object.upSys = $root.ingres.UpSys.toObject(message.upSys, options, q + 1);
            return object;
        };

        /**
         * Converts this TrStart to JSON.
         * @function toJSON
         * @memberof ingres.TrStart
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        TrStart.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the default type url for TrStart
         * @function getTypeUrl
         * @memberof ingres.TrStart
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        TrStart.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/ingres.TrStart";
        };

        return TrStart;
    })();

    ingres.TrResp = (function() {

        /**
         * Properties of a TrResp.
         * @memberof ingres
         * @interface ITrResp
         * @property {string|null} [database] TrResp database
         * @property {string|null} [globalId] TrResp globalId
         * @property {string|null} [host] TrResp host
         * @property {ingres.Vote|null} [vote] TrResp vote
         * @property {number|null} [errorCode] TrResp errorCode
         * @property {string|null} [errorMessage] TrResp errorMessage
         */

        /**
         * Constructs a new TrResp.
         * @memberof ingres
         * @classdesc Represents a TrResp.
         * @implements ITrResp
         * @constructor
         * @param {ingres.ITrResp=} [properties] Properties to set
         */
        function TrResp(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * TrResp database.
         * @member {string} database
         * @memberof ingres.TrResp
         * @instance
         */
        TrResp.prototype.database = "";

        /**
         * TrResp globalId.
         * @member {string} globalId
         * @memberof ingres.TrResp
         * @instance
         */
        TrResp.prototype.globalId = "";

        /**
         * TrResp host.
         * @member {string} host
         * @memberof ingres.TrResp
         * @instance
         */
        TrResp.prototype.host = "";

        /**
         * TrResp vote.
         * @member {ingres.Vote} vote
         * @memberof ingres.TrResp
         * @instance
         */
        TrResp.prototype.vote = 0;

        /**
         * TrResp errorCode.
         * @member {number} errorCode
         * @memberof ingres.TrResp
         * @instance
         */
        TrResp.prototype.errorCode = 0;

        /**
         * TrResp errorMessage.
         * @member {string} errorMessage
         * @memberof ingres.TrResp
         * @instance
         */
        TrResp.prototype.errorMessage = "";

        /**
         * Creates a new TrResp instance using the specified properties.
         * @function create
         * @memberof ingres.TrResp
         * @static
         * @param {ingres.ITrResp=} [properties] Properties to set
         * @returns {ingres.TrResp} TrResp instance
         */
        TrResp.create = function create(properties) {
            return new TrResp(properties);
        };

        /**
         * Encodes the specified TrResp message. Does not implicitly {@link ingres.TrResp.verify|verify} messages.
         * @function encode
         * @memberof ingres.TrResp
         * @static
         * @param {ingres.ITrResp} message TrResp message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        TrResp.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.database != null && Object.hasOwnProperty.call(message, "database"))
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.database);
            if (message.globalId != null && Object.hasOwnProperty.call(message, "globalId"))
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.globalId);
            if (message.host != null && Object.hasOwnProperty.call(message, "host"))
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.host);
            if (message.vote != null && Object.hasOwnProperty.call(message, "vote"))
                writer.uint32(/* id 4, wireType 0 =*/32).int32(message.vote);
            if (message.errorCode != null && Object.hasOwnProperty.call(message, "errorCode"))
                writer.uint32(/* id 5, wireType 0 =*/40).int32(message.errorCode);
            if (message.errorMessage != null && Object.hasOwnProperty.call(message, "errorMessage"))
                writer.uint32(/* id 6, wireType 2 =*/50).string(message.errorMessage);
            return writer;
        };

        /**
         * Encodes the specified TrResp message, length delimited. Does not implicitly {@link ingres.TrResp.verify|verify} messages.
         * @function encodeDelimited
         * @memberof ingres.TrResp
         * @static
         * @param {ingres.ITrResp} message TrResp message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        TrResp.encodeDelimited = function encodeDelimited(message, writer) {
            return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
        };

        /**
         * Decodes a TrResp message from the specified reader or buffer.
         * @function decode
         * @memberof ingres.TrResp
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ingres.TrResp} TrResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        TrResp.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.ingres.TrResp();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.database = reader.string();
                        break;
                    }
                case 2: {
                        message.globalId = reader.string();
                        break;
                    }
                case 3: {
                        message.host = reader.string();
                        break;
                    }
                case 4: {
                        message.vote = reader.int32();
                        break;
                    }
                case 5: {
                        message.errorCode = reader.int32();
                        break;
                    }
                case 6: {
                        message.errorMessage = reader.string();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Decodes a TrResp message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof ingres.TrResp
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {ingres.TrResp} TrResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        TrResp.decodeDelimited = function decodeDelimited(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.uint32());
        };

        /**
         * Verifies a TrResp message.
         * @function verify
         * @memberof ingres.TrResp
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        TrResp.verify = function verify(message, long) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                return "maximum nesting depth exceeded";
            if (message.database != null && Object.hasOwnProperty.call(message, "database"))
                if (!$util.isString(message.database))
                    return "database: string expected";
            if (message.globalId != null && Object.hasOwnProperty.call(message, "globalId"))
                if (!$util.isString(message.globalId))
                    return "globalId: string expected";
            if (message.host != null && Object.hasOwnProperty.call(message, "host"))
                if (!$util.isString(message.host))
                    return "host: string expected";
            if (message.vote != null && Object.hasOwnProperty.call(message, "vote"))
                switch (message.vote) {
                default:
                    return "vote: enum value expected";
                case 0:
                case 1:
                case 2:
                case 3:
                    break;
                }
            if (message.errorCode != null && Object.hasOwnProperty.call(message, "errorCode"))
                if (!$util.isInteger(message.errorCode))
                    return "errorCode: integer expected";
            if (message.errorMessage != null && Object.hasOwnProperty.call(message, "errorMessage"))
                if (!$util.isString(message.errorMessage))
                    return "errorMessage: string expected";
            return null;
        };

        /**
         * Creates a TrResp message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof ingres.TrResp
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {ingres.TrResp} TrResp
         */
        TrResp.fromObject = function fromObject(object, long) {
            if (object instanceof $root.ingres.TrResp)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".ingres.TrResp: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.ingres.TrResp();
            if (object.database != null)
                message.database = String(object.database);
            if (object.globalId != null)
                message.globalId = String(object.globalId);
            if (object.host != null)
                message.host = String(object.host);
            switch (object.vote) {
            default:
                if (typeof object.vote === "number") {
                    message.vote = object.vote;
                    break;
                }
                break;
            case "VOTE_UNSPECIFIED":
            case 0:
                message.vote = 0;
                break;
            case "VOTE_YES":
            case 1:
                message.vote = 1;
                break;
            case "VOTE_NO":
            case 2:
                message.vote = 2;
                break;
            case "VOTE_READ_ONLY":
            case 3:
                message.vote = 3;
                break;
            }
            if (object.errorCode != null)
                message.errorCode = object.errorCode | 0;
            if (object.errorMessage != null)
                message.errorMessage = String(object.errorMessage);
            return message;
        };

        /**
         * Creates a plain object from a TrResp message. Also converts values to other types if specified.
         * @function toObject
         * @memberof ingres.TrResp
         * @static
         * @param {ingres.TrResp} message TrResp
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        TrResp.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.database = "";
                object.globalId = "";
                object.host = "";
                object.vote = options.enums === String ? "VOTE_UNSPECIFIED" : 0;
                object.errorCode = 0;
                object.errorMessage = "";
            }
            if (message.database != null && Object.hasOwnProperty.call(message, "database"))
                object.database = message.database;
            if (message.globalId != null && Object.hasOwnProperty.call(message, "globalId"))
                object.globalId = message.globalId;
            if (message.host != null && Object.hasOwnProperty.call(message, "host"))
                object.host = message.host;
            if (message.vote != null && Object.hasOwnProperty.call(message, "vote"))
                object.vote = options.enums === String ? $root.ingres.Vote[message.vote] === undefined ? message.vote : $root.ingres.Vote[message.vote] : message.vote;
            if (message.errorCode != null && Object.hasOwnProperty.call(message, "errorCode"))
                object.errorCode = message.errorCode;
            if (message.errorMessage != null && Object.hasOwnProperty.call(message, "errorMessage"))
                object.errorMessage = message.errorMessage;
            return object;
        };

        /**
         * Converts this TrResp to JSON.
         * @function toJSON
         * @memberof ingres.TrResp
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        TrResp.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the default type url for TrResp
         * @function getTypeUrl
         * @memberof ingres.TrResp
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        TrResp.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/ingres.TrResp";
        };

        return TrResp;
    })();

    ingres.ComAbt = (function() {

        /**
         * Properties of a ComAbt.
         * @memberof ingres
         * @interface IComAbt
         * @property {string|null} [database] ComAbt database
         * @property {string|null} [globalId] ComAbt globalId
         * @property {string|null} [coordinator] ComAbt coordinator
         * @property {ingres.Decision|null} [decision] ComAbt decision
         */

        /**
         * Constructs a new ComAbt.
         * @memberof ingres
         * @classdesc Represents a ComAbt.
         * @implements IComAbt
         * @constructor
         * @param {ingres.IComAbt=} [properties] Properties to set
         */
        function ComAbt(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * ComAbt database.
         * @member {string} database
         * @memberof ingres.ComAbt
         * @instance
         */
        ComAbt.prototype.database = "";

        /**
         * ComAbt globalId.
         * @member {string} globalId
         * @memberof ingres.ComAbt
         * @instance
         */
        ComAbt.prototype.globalId = "";

        /**
         * ComAbt coordinator.
         * @member {string} coordinator
         * @memberof ingres.ComAbt
         * @instance
         */
        ComAbt.prototype.coordinator = "";

        /**
         * ComAbt decision.
         * @member {ingres.Decision} decision
         * @memberof ingres.ComAbt
         * @instance
         */
        ComAbt.prototype.decision = 0;

        /**
         * Creates a new ComAbt instance using the specified properties.
         * @function create
         * @memberof ingres.ComAbt
         * @static
         * @param {ingres.IComAbt=} [properties] Properties to set
         * @returns {ingres.ComAbt} ComAbt instance
         */
        ComAbt.create = function create(properties) {
            return new ComAbt(properties);
        };

        /**
         * Encodes the specified ComAbt message. Does not implicitly {@link ingres.ComAbt.verify|verify} messages.
         * @function encode
         * @memberof ingres.ComAbt
         * @static
         * @param {ingres.IComAbt} message ComAbt message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ComAbt.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.database != null && Object.hasOwnProperty.call(message, "database"))
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.database);
            if (message.globalId != null && Object.hasOwnProperty.call(message, "globalId"))
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.globalId);
            if (message.coordinator != null && Object.hasOwnProperty.call(message, "coordinator"))
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.coordinator);
            if (message.decision != null && Object.hasOwnProperty.call(message, "decision"))
                writer.uint32(/* id 4, wireType 0 =*/32).int32(message.decision);
            return writer;
        };

        /**
         * Encodes the specified ComAbt message, length delimited. Does not implicitly {@link ingres.ComAbt.verify|verify} messages.
         * @function encodeDelimited
         * @memberof ingres.ComAbt
         * @static
         * @param {ingres.IComAbt} message ComAbt message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ComAbt.encodeDelimited = function encodeDelimited(message, writer) {
            return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
        };

        /**
         * Decodes a ComAbt message from the specified reader or buffer.
         * @function decode
         * @memberof ingres.ComAbt
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ingres.ComAbt} ComAbt
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ComAbt.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.ingres.ComAbt();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.database = reader.string();
                        break;
                    }
                case 2: {
                        message.globalId = reader.string();
                        break;
                    }
                case 3: {
                        message.coordinator = reader.string();
                        break;
                    }
                case 4: {
                        message.decision = reader.int32();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Decodes a ComAbt message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof ingres.ComAbt
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {ingres.ComAbt} ComAbt
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ComAbt.decodeDelimited = function decodeDelimited(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.uint32());
        };

        /**
         * Verifies a ComAbt message.
         * @function verify
         * @memberof ingres.ComAbt
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        ComAbt.verify = function verify(message, long) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                return "maximum nesting depth exceeded";
            if (message.database != null && Object.hasOwnProperty.call(message, "database"))
                if (!$util.isString(message.database))
                    return "database: string expected";
            if (message.globalId != null && Object.hasOwnProperty.call(message, "globalId"))
                if (!$util.isString(message.globalId))
                    return "globalId: string expected";
            if (message.coordinator != null && Object.hasOwnProperty.call(message, "coordinator"))
                if (!$util.isString(message.coordinator))
                    return "coordinator: string expected";
            if (message.decision != null && Object.hasOwnProperty.call(message, "decision"))
                switch (message.decision) {
                default:
                    return "decision: enum value expected";
                case 0:
                case 1:
                case 2:
                case 3:
                    break;
                }
            return null;
        };

        /**
         * Creates a ComAbt message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof ingres.ComAbt
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {ingres.ComAbt} ComAbt
         */
        ComAbt.fromObject = function fromObject(object, long) {
            if (object instanceof $root.ingres.ComAbt)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".ingres.ComAbt: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.ingres.ComAbt();
            if (object.database != null)
                message.database = String(object.database);
            if (object.globalId != null)
                message.globalId = String(object.globalId);
            if (object.coordinator != null)
                message.coordinator = String(object.coordinator);
            switch (object.decision) {
            default:
                if (typeof object.decision === "number") {
                    message.decision = object.decision;
                    break;
                }
                break;
            case "DECISION_UNSPECIFIED":
            case 0:
                message.decision = 0;
                break;
            case "DECISION_COMMIT":
            case 1:
                message.decision = 1;
                break;
            case "DECISION_ABORT":
            case 2:
                message.decision = 2;
                break;
            case "DECISION_PENDING":
            case 3:
                message.decision = 3;
                break;
            }
            return message;
        };

        /**
         * Creates a plain object from a ComAbt message. Also converts values to other types if specified.
         * @function toObject
         * @memberof ingres.ComAbt
         * @static
         * @param {ingres.ComAbt} message ComAbt
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        ComAbt.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.database = "";
                object.globalId = "";
                object.coordinator = "";
                object.decision = options.enums === String ? "DECISION_UNSPECIFIED" : 0;
            }
            if (message.database != null && Object.hasOwnProperty.call(message, "database"))
                object.database = message.database;
            if (message.globalId != null && Object.hasOwnProperty.call(message, "globalId"))
                object.globalId = message.globalId;
            if (message.coordinator != null && Object.hasOwnProperty.call(message, "coordinator"))
                object.coordinator = message.coordinator;
            if (message.decision != null && Object.hasOwnProperty.call(message, "decision"))
                object.decision = options.enums === String ? $root.ingres.Decision[message.decision] === undefined ? message.decision : $root.ingres.Decision[message.decision] : message.decision;
            return object;
        };

        /**
         * Converts this ComAbt to JSON.
         * @function toJSON
         * @memberof ingres.ComAbt
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        ComAbt.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the default type url for ComAbt
         * @function getTypeUrl
         * @memberof ingres.ComAbt
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        ComAbt.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/ingres.ComAbt";
        };

        return ComAbt;
    })();

    ingres.ComAbtAck = (function() {

        /**
         * Properties of a ComAbtAck.
         * @memberof ingres
         * @interface IComAbtAck
         * @property {string|null} [database] ComAbtAck database
         * @property {string|null} [globalId] ComAbtAck globalId
         * @property {string|null} [host] ComAbtAck host
         */

        /**
         * Constructs a new ComAbtAck.
         * @memberof ingres
         * @classdesc Represents a ComAbtAck.
         * @implements IComAbtAck
         * @constructor
         * @param {ingres.IComAbtAck=} [properties] Properties to set
         */
        function ComAbtAck(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * ComAbtAck database.
         * @member {string} database
         * @memberof ingres.ComAbtAck
         * @instance
         */
        ComAbtAck.prototype.database = "";

        /**
         * ComAbtAck globalId.
         * @member {string} globalId
         * @memberof ingres.ComAbtAck
         * @instance
         */
        ComAbtAck.prototype.globalId = "";

        /**
         * ComAbtAck host.
         * @member {string} host
         * @memberof ingres.ComAbtAck
         * @instance
         */
        ComAbtAck.prototype.host = "";

        /**
         * Creates a new ComAbtAck instance using the specified properties.
         * @function create
         * @memberof ingres.ComAbtAck
         * @static
         * @param {ingres.IComAbtAck=} [properties] Properties to set
         * @returns {ingres.ComAbtAck} ComAbtAck instance
         */
        ComAbtAck.create = function create(properties) {
            return new ComAbtAck(properties);
        };

        /**
         * Encodes the specified ComAbtAck message. Does not implicitly {@link ingres.ComAbtAck.verify|verify} messages.
         * @function encode
         * @memberof ingres.ComAbtAck
         * @static
         * @param {ingres.IComAbtAck} message ComAbtAck message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ComAbtAck.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.database != null && Object.hasOwnProperty.call(message, "database"))
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.database);
            if (message.globalId != null && Object.hasOwnProperty.call(message, "globalId"))
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.globalId);
            if (message.host != null && Object.hasOwnProperty.call(message, "host"))
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.host);
            return writer;
        };

        /**
         * Encodes the specified ComAbtAck message, length delimited. Does not implicitly {@link ingres.ComAbtAck.verify|verify} messages.
         * @function encodeDelimited
         * @memberof ingres.ComAbtAck
         * @static
         * @param {ingres.IComAbtAck} message ComAbtAck message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ComAbtAck.encodeDelimited = function encodeDelimited(message, writer) {
            return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
        };

        /**
         * Decodes a ComAbtAck message from the specified reader or buffer.
         * @function decode
         * @memberof ingres.ComAbtAck
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ingres.ComAbtAck} ComAbtAck
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ComAbtAck.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.ingres.ComAbtAck();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.database = reader.string();
                        break;
                    }
                case 2: {
                        message.globalId = reader.string();
                        break;
                    }
                case 3: {
                        message.host = reader.string();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Decodes a ComAbtAck message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof ingres.ComAbtAck
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {ingres.ComAbtAck} ComAbtAck
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ComAbtAck.decodeDelimited = function decodeDelimited(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.uint32());
        };

        /**
         * Verifies a ComAbtAck message.
         * @function verify
         * @memberof ingres.ComAbtAck
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        ComAbtAck.verify = function verify(message, long) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                return "maximum nesting depth exceeded";
            if (message.database != null && Object.hasOwnProperty.call(message, "database"))
                if (!$util.isString(message.database))
                    return "database: string expected";
            if (message.globalId != null && Object.hasOwnProperty.call(message, "globalId"))
                if (!$util.isString(message.globalId))
                    return "globalId: string expected";
            if (message.host != null && Object.hasOwnProperty.call(message, "host"))
                if (!$util.isString(message.host))
                    return "host: string expected";
            return null;
        };

        /**
         * Creates a ComAbtAck message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof ingres.ComAbtAck
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {ingres.ComAbtAck} ComAbtAck
         */
        ComAbtAck.fromObject = function fromObject(object, long) {
            if (object instanceof $root.ingres.ComAbtAck)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".ingres.ComAbtAck: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.ingres.ComAbtAck();
            if (object.database != null)
                message.database = String(object.database);
            if (object.globalId != null)
                message.globalId = String(object.globalId);
            if (object.host != null)
                message.host = String(object.host);
            return message;
        };

        /**
         * Creates a plain object from a ComAbtAck message. Also converts values to other types if specified.
         * @function toObject
         * @memberof ingres.ComAbtAck
         * @static
         * @param {ingres.ComAbtAck} message ComAbtAck
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        ComAbtAck.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.database = "";
                object.globalId = "";
                object.host = "";
            }
            if (message.database != null && Object.hasOwnProperty.call(message, "database"))
                object.database = message.database;
            if (message.globalId != null && Object.hasOwnProperty.call(message, "globalId"))
                object.globalId = message.globalId;
            if (message.host != null && Object.hasOwnProperty.call(message, "host"))
                object.host = message.host;
            return object;
        };

        /**
         * Converts this ComAbtAck to JSON.
         * @function toJSON
         * @memberof ingres.ComAbtAck
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        ComAbtAck.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the default type url for ComAbtAck
         * @function getTypeUrl
         * @memberof ingres.ComAbtAck
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        ComAbtAck.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/ingres.ComAbtAck";
        };

        return ComAbtAck;
    })();

    ingres.OutcomeRequest = (function() {

        /**
         * Properties of an OutcomeRequest.
         * @memberof ingres
         * @interface IOutcomeRequest
         * @property {string|null} [database] OutcomeRequest database
         * @property {string|null} [globalId] OutcomeRequest globalId
         * @property {string|null} [host] OutcomeRequest host
         */

        /**
         * Constructs a new OutcomeRequest.
         * @memberof ingres
         * @classdesc Represents an OutcomeRequest.
         * @implements IOutcomeRequest
         * @constructor
         * @param {ingres.IOutcomeRequest=} [properties] Properties to set
         */
        function OutcomeRequest(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * OutcomeRequest database.
         * @member {string} database
         * @memberof ingres.OutcomeRequest
         * @instance
         */
        OutcomeRequest.prototype.database = "";

        /**
         * OutcomeRequest globalId.
         * @member {string} globalId
         * @memberof ingres.OutcomeRequest
         * @instance
         */
        OutcomeRequest.prototype.globalId = "";

        /**
         * OutcomeRequest host.
         * @member {string} host
         * @memberof ingres.OutcomeRequest
         * @instance
         */
        OutcomeRequest.prototype.host = "";

        /**
         * Creates a new OutcomeRequest instance using the specified properties.
         * @function create
         * @memberof ingres.OutcomeRequest
         * @static
         * @param {ingres.IOutcomeRequest=} [properties] Properties to set
         * @returns {ingres.OutcomeRequest} OutcomeRequest instance
         */
        OutcomeRequest.create = function create(properties) {
            return new OutcomeRequest(properties);
        };

        /**
         * Encodes the specified OutcomeRequest message. Does not implicitly {@link ingres.OutcomeRequest.verify|verify} messages.
         * @function encode
         * @memberof ingres.OutcomeRequest
         * @static
         * @param {ingres.IOutcomeRequest} message OutcomeRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        OutcomeRequest.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.database != null && Object.hasOwnProperty.call(message, "database"))
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.database);
            if (message.globalId != null && Object.hasOwnProperty.call(message, "globalId"))
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.globalId);
            if (message.host != null && Object.hasOwnProperty.call(message, "host"))
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.host);
            return writer;
        };

        /**
         * Encodes the specified OutcomeRequest message, length delimited. Does not implicitly {@link ingres.OutcomeRequest.verify|verify} messages.
         * @function encodeDelimited
         * @memberof ingres.OutcomeRequest
         * @static
         * @param {ingres.IOutcomeRequest} message OutcomeRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        OutcomeRequest.encodeDelimited = function encodeDelimited(message, writer) {
            return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
        };

        /**
         * Decodes an OutcomeRequest message from the specified reader or buffer.
         * @function decode
         * @memberof ingres.OutcomeRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ingres.OutcomeRequest} OutcomeRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        OutcomeRequest.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.ingres.OutcomeRequest();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.database = reader.string();
                        break;
                    }
                case 2: {
                        message.globalId = reader.string();
                        break;
                    }
                case 3: {
                        message.host = reader.string();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Decodes an OutcomeRequest message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof ingres.OutcomeRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {ingres.OutcomeRequest} OutcomeRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        OutcomeRequest.decodeDelimited = function decodeDelimited(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.uint32());
        };

        /**
         * Verifies an OutcomeRequest message.
         * @function verify
         * @memberof ingres.OutcomeRequest
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        OutcomeRequest.verify = function verify(message, long) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                return "maximum nesting depth exceeded";
            if (message.database != null && Object.hasOwnProperty.call(message, "database"))
                if (!$util.isString(message.database))
                    return "database: string expected";
            if (message.globalId != null && Object.hasOwnProperty.call(message, "globalId"))
                if (!$util.isString(message.globalId))
                    return "globalId: string expected";
            if (message.host != null && Object.hasOwnProperty.call(message, "host"))
                if (!$util.isString(message.host))
                    return "host: string expected";
            return null;
        };

        /**
         * Creates an OutcomeRequest message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof ingres.OutcomeRequest
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {ingres.OutcomeRequest} OutcomeRequest
         */
        OutcomeRequest.fromObject = function fromObject(object, long) {
            if (object instanceof $root.ingres.OutcomeRequest)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".ingres.OutcomeRequest: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.ingres.OutcomeRequest();
            if (object.database != null)
                message.database = String(object.database);
            if (object.globalId != null)
                message.globalId = String(object.globalId);
            if (object.host != null)
                message.host = String(object.host);
            return message;
        };

        /**
         * Creates a plain object from an OutcomeRequest message. Also converts values to other types if specified.
         * @function toObject
         * @memberof ingres.OutcomeRequest
         * @static
         * @param {ingres.OutcomeRequest} message OutcomeRequest
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        OutcomeRequest.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.database = "";
                object.globalId = "";
                object.host = "";
            }
            if (message.database != null && Object.hasOwnProperty.call(message, "database"))
                object.database = message.database;
            if (message.globalId != null && Object.hasOwnProperty.call(message, "globalId"))
                object.globalId = message.globalId;
            if (message.host != null && Object.hasOwnProperty.call(message, "host"))
                object.host = message.host;
            return object;
        };

        /**
         * Converts this OutcomeRequest to JSON.
         * @function toJSON
         * @memberof ingres.OutcomeRequest
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        OutcomeRequest.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the default type url for OutcomeRequest
         * @function getTypeUrl
         * @memberof ingres.OutcomeRequest
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        OutcomeRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/ingres.OutcomeRequest";
        };

        return OutcomeRequest;
    })();

    ingres.OutcomeReply = (function() {

        /**
         * Properties of an OutcomeReply.
         * @memberof ingres
         * @interface IOutcomeReply
         * @property {string|null} [globalId] OutcomeReply globalId
         * @property {ingres.Decision|null} [decision] OutcomeReply decision
         */

        /**
         * Constructs a new OutcomeReply.
         * @memberof ingres
         * @classdesc Represents an OutcomeReply.
         * @implements IOutcomeReply
         * @constructor
         * @param {ingres.IOutcomeReply=} [properties] Properties to set
         */
        function OutcomeReply(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * OutcomeReply globalId.
         * @member {string} globalId
         * @memberof ingres.OutcomeReply
         * @instance
         */
        OutcomeReply.prototype.globalId = "";

        /**
         * OutcomeReply decision.
         * @member {ingres.Decision} decision
         * @memberof ingres.OutcomeReply
         * @instance
         */
        OutcomeReply.prototype.decision = 0;

        /**
         * Creates a new OutcomeReply instance using the specified properties.
         * @function create
         * @memberof ingres.OutcomeReply
         * @static
         * @param {ingres.IOutcomeReply=} [properties] Properties to set
         * @returns {ingres.OutcomeReply} OutcomeReply instance
         */
        OutcomeReply.create = function create(properties) {
            return new OutcomeReply(properties);
        };

        /**
         * Encodes the specified OutcomeReply message. Does not implicitly {@link ingres.OutcomeReply.verify|verify} messages.
         * @function encode
         * @memberof ingres.OutcomeReply
         * @static
         * @param {ingres.IOutcomeReply} message OutcomeReply message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        OutcomeReply.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.globalId != null && Object.hasOwnProperty.call(message, "globalId"))
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.globalId);
            if (message.decision != null && Object.hasOwnProperty.call(message, "decision"))
                writer.uint32(/* id 2, wireType 0 =*/16).int32(message.decision);
            return writer;
        };

        /**
         * Encodes the specified OutcomeReply message, length delimited. Does not implicitly {@link ingres.OutcomeReply.verify|verify} messages.
         * @function encodeDelimited
         * @memberof ingres.OutcomeReply
         * @static
         * @param {ingres.IOutcomeReply} message OutcomeReply message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        OutcomeReply.encodeDelimited = function encodeDelimited(message, writer) {
            return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
        };

        /**
         * Decodes an OutcomeReply message from the specified reader or buffer.
         * @function decode
         * @memberof ingres.OutcomeReply
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ingres.OutcomeReply} OutcomeReply
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        OutcomeReply.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.ingres.OutcomeReply();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.globalId = reader.string();
                        break;
                    }
                case 2: {
                        message.decision = reader.int32();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Decodes an OutcomeReply message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof ingres.OutcomeReply
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {ingres.OutcomeReply} OutcomeReply
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        OutcomeReply.decodeDelimited = function decodeDelimited(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.uint32());
        };

        /**
         * Verifies an OutcomeReply message.
         * @function verify
         * @memberof ingres.OutcomeReply
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        OutcomeReply.verify = function verify(message, long) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                return "maximum nesting depth exceeded";
            if (message.globalId != null && Object.hasOwnProperty.call(message, "globalId"))
                if (!$util.isString(message.globalId))
                    return "globalId: string expected";
            if (message.decision != null && Object.hasOwnProperty.call(message, "decision"))
                switch (message.decision) {
                default:
                    return "decision: enum value expected";
                case 0:
                case 1:
                case 2:
                case 3:
                    break;
                }
            return null;
        };

        /**
         * Creates an OutcomeReply message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof ingres.OutcomeReply
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {ingres.OutcomeReply} OutcomeReply
         */
        OutcomeReply.fromObject = function fromObject(object, long) {
            if (object instanceof $root.ingres.OutcomeReply)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".ingres.OutcomeReply: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.ingres.OutcomeReply();
            if (object.globalId != null)
                message.globalId = String(object.globalId);
            switch (object.decision) {
            default:
                if (typeof object.decision === "number") {
                    message.decision = object.decision;
                    break;
                }
                break;
            case "DECISION_UNSPECIFIED":
            case 0:
                message.decision = 0;
                break;
            case "DECISION_COMMIT":
            case 1:
                message.decision = 1;
                break;
            case "DECISION_ABORT":
            case 2:
                message.decision = 2;
                break;
            case "DECISION_PENDING":
            case 3:
                message.decision = 3;
                break;
            }
            return message;
        };

        /**
         * Creates a plain object from an OutcomeReply message. Also converts values to other types if specified.
         * @function toObject
         * @memberof ingres.OutcomeReply
         * @static
         * @param {ingres.OutcomeReply} message OutcomeReply
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        OutcomeReply.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.globalId = "";
                object.decision = options.enums === String ? "DECISION_UNSPECIFIED" : 0;
            }
            if (message.globalId != null && Object.hasOwnProperty.call(message, "globalId"))
                object.globalId = message.globalId;
            if (message.decision != null && Object.hasOwnProperty.call(message, "decision"))
                object.decision = options.enums === String ? $root.ingres.Decision[message.decision] === undefined ? message.decision : $root.ingres.Decision[message.decision] : message.decision;
            return object;
        };

        /**
         * Converts this OutcomeReply to JSON.
         * @function toJSON
         * @memberof ingres.OutcomeReply
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        OutcomeReply.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the default type url for OutcomeReply
         * @function getTypeUrl
         * @memberof ingres.OutcomeReply
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        OutcomeReply.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/ingres.OutcomeReply";
        };

        return OutcomeReply;
    })();

    ingres.TrReq = (function() {

        /**
         * Properties of a TrReq.
         * @memberof ingres
         * @interface ITrReq
         * @property {string|null} [database] TrReq database
         * @property {string|null} [globalId] TrReq globalId
         * @property {string|null} [userHost] TrReq userHost
         * @property {string|null} [targetHost] TrReq targetHost
         * @property {ingres.IUpSys|null} [upSys] TrReq upSys
         * @property {Array.<string>|null} [appliedBy] TrReq appliedBy
         */

        /**
         * Constructs a new TrReq.
         * @memberof ingres
         * @classdesc Represents a TrReq.
         * @implements ITrReq
         * @constructor
         * @param {ingres.ITrReq=} [properties] Properties to set
         */
        function TrReq(properties) {
            this.appliedBy = [];
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * TrReq database.
         * @member {string} database
         * @memberof ingres.TrReq
         * @instance
         */
        TrReq.prototype.database = "";

        /**
         * TrReq globalId.
         * @member {string} globalId
         * @memberof ingres.TrReq
         * @instance
         */
        TrReq.prototype.globalId = "";

        /**
         * TrReq userHost.
         * @member {string} userHost
         * @memberof ingres.TrReq
         * @instance
         */
        TrReq.prototype.userHost = "";

        /**
         * TrReq targetHost.
         * @member {string} targetHost
         * @memberof ingres.TrReq
         * @instance
         */
        TrReq.prototype.targetHost = "";

        /**
         * TrReq upSys.
         * @member {ingres.IUpSys|null|undefined} upSys
         * @memberof ingres.TrReq
         * @instance
         */
        TrReq.prototype.upSys = null;

        /**
         * TrReq appliedBy.
         * @member {Array.<string>} appliedBy
         * @memberof ingres.TrReq
         * @instance
         */
        TrReq.prototype.appliedBy = $util.emptyArray;

        /**
         * Creates a new TrReq instance using the specified properties.
         * @function create
         * @memberof ingres.TrReq
         * @static
         * @param {ingres.ITrReq=} [properties] Properties to set
         * @returns {ingres.TrReq} TrReq instance
         */
        TrReq.create = function create(properties) {
            return new TrReq(properties);
        };

        /**
         * Encodes the specified TrReq message. Does not implicitly {@link ingres.TrReq.verify|verify} messages.
         * @function encode
         * @memberof ingres.TrReq
         * @static
         * @param {ingres.ITrReq} message TrReq message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        TrReq.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.database != null && Object.hasOwnProperty.call(message, "database"))
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.database);
            if (message.globalId != null && Object.hasOwnProperty.call(message, "globalId"))
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.globalId);
            if (message.userHost != null && Object.hasOwnProperty.call(message, "userHost"))
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.userHost);
            if (message.targetHost != null && Object.hasOwnProperty.call(message, "targetHost"))
                writer.uint32(/* id 4, wireType 2 =*/34).string(message.targetHost);
            if (message.upSys != null && Object.hasOwnProperty.call(message, "upSys"))
                $root.ingres.UpSys.encode(message.upSys, writer.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
            if (message.appliedBy != null && message.appliedBy.length)
                for (let i = 0; i < message.appliedBy.length; ++i)
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.appliedBy[i]);
            return writer;
        };

        /**
         * Encodes the specified TrReq message, length delimited. Does not implicitly {@link ingres.TrReq.verify|verify} messages.
         * @function encodeDelimited
         * @memberof ingres.TrReq
         * @static
         * @param {ingres.ITrReq} message TrReq message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        TrReq.encodeDelimited = function encodeDelimited(message, writer) {
            return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
        };

        /**
         * Decodes a TrReq message from the specified reader or buffer.
         * @function decode
         * @memberof ingres.TrReq
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ingres.TrReq} TrReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        TrReq.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.ingres.TrReq();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.database = reader.string();
                        break;
                    }
                case 2: {
                        message.globalId = reader.string();
                        break;
                    }
                case 3: {
                        message.userHost = reader.string();
                        break;
                    }
                case 4: {
                        message.targetHost = reader.string();
                        break;
                    }
                case 5: {
                        message.upSys = $root.ingres.UpSys.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                case 6: {
                        if (!(message.appliedBy && message.appliedBy.length))
                            message.appliedBy = [];
                        message.appliedBy.push(reader.string());
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Decodes a TrReq message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof ingres.TrReq
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {ingres.TrReq} TrReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        TrReq.decodeDelimited = function decodeDelimited(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.uint32());
        };

        /**
         * Verifies a TrReq message.
         * @function verify
         * @memberof ingres.TrReq
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        TrReq.verify = function verify(message, long) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                return "maximum nesting depth exceeded";
            if (message.database != null && Object.hasOwnProperty.call(message, "database"))
                if (!$util.isString(message.database))
                    return "database: string expected";
            if (message.globalId != null && Object.hasOwnProperty.call(message, "globalId"))
                if (!$util.isString(message.globalId))
                    return "globalId: string expected";
            if (message.userHost != null && Object.hasOwnProperty.call(message, "userHost"))
                if (!$util.isString(message.userHost))
                    return "userHost: string expected";
            if (message.targetHost != null && Object.hasOwnProperty.call(message, "targetHost"))
                if (!$util.isString(message.targetHost))
                    return "targetHost: string expected";
            if (message.upSys != null && Object.hasOwnProperty.call(message, "upSys")) {
                let error = $root.ingres.UpSys.verify(message.upSys, long + 1);
                if (error)
                    return "upSys." + error;
            }
            if (message.appliedBy != null && Object.hasOwnProperty.call(message, "appliedBy")) {
                if (!Array.isArray(message.appliedBy))
                    return "appliedBy: array expected";
                for (let i = 0; i < message.appliedBy.length; ++i)
                    if (!$util.isString(message.appliedBy[i]))
                        return "appliedBy: string[] expected";
            }
            return null;
        };

        /**
         * Creates a TrReq message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof ingres.TrReq
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {ingres.TrReq} TrReq
         */
        TrReq.fromObject = function fromObject(object, long) {
            if (object instanceof $root.ingres.TrReq)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".ingres.TrReq: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.ingres.TrReq();
            if (object.database != null)
                message.database = String(object.database);
            if (object.globalId != null)
                message.globalId = String(object.globalId);
            if (object.userHost != null)
                message.userHost = String(object.userHost);
            if (object.targetHost != null)
                message.targetHost = String(object.targetHost);
            if (object.upSys != null) {
                if (!$util.isObject(object.upSys))
                    throw TypeError(".ingres.TrReq.upSys: object expected");
                message.upSys = $root.ingres.UpSys.fromObject(object.upSys, long + 1);
            }
            if (object.appliedBy) {
                if (!Array.isArray(object.appliedBy))
                    throw TypeError(".ingres.TrReq.appliedBy: array expected");
                message.appliedBy = [];
                for (let i = 0; i < object.appliedBy.length; ++i)
                    message.appliedBy[i] = String(object.appliedBy[i]);
            }
            return message;
        };

        /**
         * Creates a plain object from a TrReq message. Also converts values to other types if specified.
         * @function toObject
         * @memberof ingres.TrReq
         * @static
         * @param {ingres.TrReq} message TrReq
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        TrReq.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.appliedBy = [];
            if (options.defaults) {
                object.database = "";
                object.globalId = "";
                object.userHost = "";
                object.targetHost = "";
                object.upSys = null;
            }
            if (message.database != null && Object.hasOwnProperty.call(message, "database"))
                object.database = message.database;
            if (message.globalId != null && Object.hasOwnProperty.call(message, "globalId"))
                object.globalId = message.globalId;
            if (message.userHost != null && Object.hasOwnProperty.call(message, "userHost"))
                object.userHost = message.userHost;
            if (message.targetHost != null && Object.hasOwnProperty.call(message, "targetHost"))
                object.targetHost = message.targetHost;
            if (message.upSys != null && Object.hasOwnProperty.call(message, "upSys"))
                object.upSys = $root.ingres.UpSys.toObject(message.upSys, options, q + 1);
            if (message.appliedBy && message.appliedBy.length) {
                object.appliedBy = [];
                for (let j = 0; j < message.appliedBy.length; ++j)
                    object.appliedBy[j] = message.appliedBy[j];
            }
            return object;
        };

        /**
         * Converts this TrReq to JSON.
         * @function toJSON
         * @memberof ingres.TrReq
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        TrReq.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the default type url for TrReq
         * @function getTypeUrl
         * @memberof ingres.TrReq
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        TrReq.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/ingres.TrReq";
        };

        return TrReq;
    })();

    ingres.ProcQry = (function() {

        /**
         * Properties of a ProcQry.
         * @memberof ingres
         * @interface IProcQry
         * @property {string|null} [globalId] ProcQry globalId
         * @property {ingres.IUpSys|null} [upSys] ProcQry upSys
         */

        /**
         * Constructs a new ProcQry.
         * @memberof ingres
         * @classdesc Represents a ProcQry.
         * @implements IProcQry
         * @constructor
         * @param {ingres.IProcQry=} [properties] Properties to set
         */
        function ProcQry(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * ProcQry globalId.
         * @member {string} globalId
         * @memberof ingres.ProcQry
         * @instance
         */
        ProcQry.prototype.globalId = "";

        /**
         * ProcQry upSys.
         * @member {ingres.IUpSys|null|undefined} upSys
         * @memberof ingres.ProcQry
         * @instance
         */
        ProcQry.prototype.upSys = null;

        /**
         * Creates a new ProcQry instance using the specified properties.
         * @function create
         * @memberof ingres.ProcQry
         * @static
         * @param {ingres.IProcQry=} [properties] Properties to set
         * @returns {ingres.ProcQry} ProcQry instance
         */
        ProcQry.create = function create(properties) {
            return new ProcQry(properties);
        };

        /**
         * Encodes the specified ProcQry message. Does not implicitly {@link ingres.ProcQry.verify|verify} messages.
         * @function encode
         * @memberof ingres.ProcQry
         * @static
         * @param {ingres.IProcQry} message ProcQry message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ProcQry.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.globalId != null && Object.hasOwnProperty.call(message, "globalId"))
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.globalId);
            if (message.upSys != null && Object.hasOwnProperty.call(message, "upSys"))
                $root.ingres.UpSys.encode(message.upSys, writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
            return writer;
        };

        /**
         * Encodes the specified ProcQry message, length delimited. Does not implicitly {@link ingres.ProcQry.verify|verify} messages.
         * @function encodeDelimited
         * @memberof ingres.ProcQry
         * @static
         * @param {ingres.IProcQry} message ProcQry message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ProcQry.encodeDelimited = function encodeDelimited(message, writer) {
            return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
        };

        /**
         * Decodes a ProcQry message from the specified reader or buffer.
         * @function decode
         * @memberof ingres.ProcQry
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ingres.ProcQry} ProcQry
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ProcQry.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.ingres.ProcQry();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.globalId = reader.string();
                        break;
                    }
                case 2: {
                        message.upSys = $root.ingres.UpSys.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Decodes a ProcQry message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof ingres.ProcQry
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {ingres.ProcQry} ProcQry
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ProcQry.decodeDelimited = function decodeDelimited(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.uint32());
        };

        /**
         * Verifies a ProcQry message.
         * @function verify
         * @memberof ingres.ProcQry
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        ProcQry.verify = function verify(message, long) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                return "maximum nesting depth exceeded";
            if (message.globalId != null && Object.hasOwnProperty.call(message, "globalId"))
                if (!$util.isString(message.globalId))
                    return "globalId: string expected";
            if (message.upSys != null && Object.hasOwnProperty.call(message, "upSys")) {
                let error = $root.ingres.UpSys.verify(message.upSys, long + 1);
                if (error)
                    return "upSys." + error;
            }
            return null;
        };

        /**
         * Creates a ProcQry message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof ingres.ProcQry
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {ingres.ProcQry} ProcQry
         */
        ProcQry.fromObject = function fromObject(object, long) {
            if (object instanceof $root.ingres.ProcQry)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".ingres.ProcQry: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.ingres.ProcQry();
            if (object.globalId != null)
                message.globalId = String(object.globalId);
            if (object.upSys != null) {
                if (!$util.isObject(object.upSys))
                    throw TypeError(".ingres.ProcQry.upSys: object expected");
                message.upSys = $root.ingres.UpSys.fromObject(object.upSys, long + 1);
            }
            return message;
        };

        /**
         * Creates a plain object from a ProcQry message. Also converts values to other types if specified.
         * @function toObject
         * @memberof ingres.ProcQry
         * @static
         * @param {ingres.ProcQry} message ProcQry
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        ProcQry.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.globalId = "";
                object.upSys = null;
            }
            if (message.globalId != null && Object.hasOwnProperty.call(message, "globalId"))
                object.globalId = message.globalId;
            if (message.upSys != null && Object.hasOwnProperty.call(message, "upSys"))
                object.upSys = $root.ingres.UpSys.toObject(message.upSys, options, q + 1);
            return object;
        };

        /**
         * Converts this ProcQry to JSON.
         * @function toJSON
         * @memberof ingres.ProcQry
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        ProcQry.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the default type url for ProcQry
         * @function getTypeUrl
         * @memberof ingres.ProcQry
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        ProcQry.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/ingres.ProcQry";
        };

        return ProcQry;
    })();

    ingres.ProcResp = (function() {

        /**
         * Properties of a ProcResp.
         * @memberof ingres
         * @interface IProcResp
         * @property {string|null} [globalId] ProcResp globalId
         * @property {boolean|null} [canProc] ProcResp canProc
         * @property {number|null} [errorCode] ProcResp errorCode
         * @property {string|null} [errorMessage] ProcResp errorMessage
         */

        /**
         * Constructs a new ProcResp.
         * @memberof ingres
         * @classdesc Represents a ProcResp.
         * @implements IProcResp
         * @constructor
         * @param {ingres.IProcResp=} [properties] Properties to set
         */
        function ProcResp(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * ProcResp globalId.
         * @member {string} globalId
         * @memberof ingres.ProcResp
         * @instance
         */
        ProcResp.prototype.globalId = "";

        /**
         * ProcResp canProc.
         * @member {boolean} canProc
         * @memberof ingres.ProcResp
         * @instance
         */
        ProcResp.prototype.canProc = false;

        /**
         * ProcResp errorCode.
         * @member {number} errorCode
         * @memberof ingres.ProcResp
         * @instance
         */
        ProcResp.prototype.errorCode = 0;

        /**
         * ProcResp errorMessage.
         * @member {string} errorMessage
         * @memberof ingres.ProcResp
         * @instance
         */
        ProcResp.prototype.errorMessage = "";

        /**
         * Creates a new ProcResp instance using the specified properties.
         * @function create
         * @memberof ingres.ProcResp
         * @static
         * @param {ingres.IProcResp=} [properties] Properties to set
         * @returns {ingres.ProcResp} ProcResp instance
         */
        ProcResp.create = function create(properties) {
            return new ProcResp(properties);
        };

        /**
         * Encodes the specified ProcResp message. Does not implicitly {@link ingres.ProcResp.verify|verify} messages.
         * @function encode
         * @memberof ingres.ProcResp
         * @static
         * @param {ingres.IProcResp} message ProcResp message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ProcResp.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.globalId != null && Object.hasOwnProperty.call(message, "globalId"))
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.globalId);
            if (message.canProc != null && Object.hasOwnProperty.call(message, "canProc"))
                writer.uint32(/* id 2, wireType 0 =*/16).bool(message.canProc);
            if (message.errorCode != null && Object.hasOwnProperty.call(message, "errorCode"))
                writer.uint32(/* id 3, wireType 0 =*/24).int32(message.errorCode);
            if (message.errorMessage != null && Object.hasOwnProperty.call(message, "errorMessage"))
                writer.uint32(/* id 4, wireType 2 =*/34).string(message.errorMessage);
            return writer;
        };

        /**
         * Encodes the specified ProcResp message, length delimited. Does not implicitly {@link ingres.ProcResp.verify|verify} messages.
         * @function encodeDelimited
         * @memberof ingres.ProcResp
         * @static
         * @param {ingres.IProcResp} message ProcResp message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ProcResp.encodeDelimited = function encodeDelimited(message, writer) {
            return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
        };

        /**
         * Decodes a ProcResp message from the specified reader or buffer.
         * @function decode
         * @memberof ingres.ProcResp
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ingres.ProcResp} ProcResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ProcResp.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.ingres.ProcResp();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.globalId = reader.string();
                        break;
                    }
                case 2: {
                        message.canProc = reader.bool();
                        break;
                    }
                case 3: {
                        message.errorCode = reader.int32();
                        break;
                    }
                case 4: {
                        message.errorMessage = reader.string();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Decodes a ProcResp message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof ingres.ProcResp
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {ingres.ProcResp} ProcResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ProcResp.decodeDelimited = function decodeDelimited(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.uint32());
        };

        /**
         * Verifies a ProcResp message.
         * @function verify
         * @memberof ingres.ProcResp
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        ProcResp.verify = function verify(message, long) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                return "maximum nesting depth exceeded";
            if (message.globalId != null && Object.hasOwnProperty.call(message, "globalId"))
                if (!$util.isString(message.globalId))
                    return "globalId: string expected";
            if (message.canProc != null && Object.hasOwnProperty.call(message, "canProc"))
                if (typeof message.canProc !== "boolean")
                    return "canProc: boolean expected";
            if (message.errorCode != null && Object.hasOwnProperty.call(message, "errorCode"))
                if (!$util.isInteger(message.errorCode))
                    return "errorCode: integer expected";
            if (message.errorMessage != null && Object.hasOwnProperty.call(message, "errorMessage"))
                if (!$util.isString(message.errorMessage))
                    return "errorMessage: string expected";
            return null;
        };

        /**
         * Creates a ProcResp message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof ingres.ProcResp
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {ingres.ProcResp} ProcResp
         */
        ProcResp.fromObject = function fromObject(object, long) {
            if (object instanceof $root.ingres.ProcResp)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".ingres.ProcResp: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.ingres.ProcResp();
            if (object.globalId != null)
                message.globalId = String(object.globalId);
            if (object.canProc != null)
                message.canProc = Boolean(object.canProc);
            if (object.errorCode != null)
                message.errorCode = object.errorCode | 0;
            if (object.errorMessage != null)
                message.errorMessage = String(object.errorMessage);
            return message;
        };

        /**
         * Creates a plain object from a ProcResp message. Also converts values to other types if specified.
         * @function toObject
         * @memberof ingres.ProcResp
         * @static
         * @param {ingres.ProcResp} message ProcResp
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        ProcResp.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.globalId = "";
                object.canProc = false;
                object.errorCode = 0;
                object.errorMessage = "";
            }
            if (message.globalId != null && Object.hasOwnProperty.call(message, "globalId"))
                object.globalId = message.globalId;
            if (message.canProc != null && Object.hasOwnProperty.call(message, "canProc"))
                object.canProc = message.canProc;
            if (message.errorCode != null && Object.hasOwnProperty.call(message, "errorCode"))
                object.errorCode = message.errorCode;
            if (message.errorMessage != null && Object.hasOwnProperty.call(message, "errorMessage"))
                object.errorMessage = message.errorMessage;
            return object;
        };

        /**
         * Converts this ProcResp to JSON.
         * @function toJSON
         * @memberof ingres.ProcResp
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        ProcResp.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the default type url for ProcResp
         * @function getTypeUrl
         * @memberof ingres.ProcResp
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        ProcResp.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/ingres.ProcResp";
        };

        return ProcResp;
    })();

    ingres.ComAbtProc = (function() {

        /**
         * Properties of a ComAbtProc.
         * @memberof ingres
         * @interface IComAbtProc
         * @property {string|null} [globalId] ComAbtProc globalId
         * @property {ingres.Decision|null} [decision] ComAbtProc decision
         */

        /**
         * Constructs a new ComAbtProc.
         * @memberof ingres
         * @classdesc Represents a ComAbtProc.
         * @implements IComAbtProc
         * @constructor
         * @param {ingres.IComAbtProc=} [properties] Properties to set
         */
        function ComAbtProc(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * ComAbtProc globalId.
         * @member {string} globalId
         * @memberof ingres.ComAbtProc
         * @instance
         */
        ComAbtProc.prototype.globalId = "";

        /**
         * ComAbtProc decision.
         * @member {ingres.Decision} decision
         * @memberof ingres.ComAbtProc
         * @instance
         */
        ComAbtProc.prototype.decision = 0;

        /**
         * Creates a new ComAbtProc instance using the specified properties.
         * @function create
         * @memberof ingres.ComAbtProc
         * @static
         * @param {ingres.IComAbtProc=} [properties] Properties to set
         * @returns {ingres.ComAbtProc} ComAbtProc instance
         */
        ComAbtProc.create = function create(properties) {
            return new ComAbtProc(properties);
        };

        /**
         * Encodes the specified ComAbtProc message. Does not implicitly {@link ingres.ComAbtProc.verify|verify} messages.
         * @function encode
         * @memberof ingres.ComAbtProc
         * @static
         * @param {ingres.IComAbtProc} message ComAbtProc message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ComAbtProc.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.globalId != null && Object.hasOwnProperty.call(message, "globalId"))
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.globalId);
            if (message.decision != null && Object.hasOwnProperty.call(message, "decision"))
                writer.uint32(/* id 2, wireType 0 =*/16).int32(message.decision);
            return writer;
        };

        /**
         * Encodes the specified ComAbtProc message, length delimited. Does not implicitly {@link ingres.ComAbtProc.verify|verify} messages.
         * @function encodeDelimited
         * @memberof ingres.ComAbtProc
         * @static
         * @param {ingres.IComAbtProc} message ComAbtProc message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ComAbtProc.encodeDelimited = function encodeDelimited(message, writer) {
            return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
        };

        /**
         * Decodes a ComAbtProc message from the specified reader or buffer.
         * @function decode
         * @memberof ingres.ComAbtProc
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ingres.ComAbtProc} ComAbtProc
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ComAbtProc.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.ingres.ComAbtProc();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.globalId = reader.string();
                        break;
                    }
                case 2: {
                        message.decision = reader.int32();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Decodes a ComAbtProc message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof ingres.ComAbtProc
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {ingres.ComAbtProc} ComAbtProc
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ComAbtProc.decodeDelimited = function decodeDelimited(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.uint32());
        };

        /**
         * Verifies a ComAbtProc message.
         * @function verify
         * @memberof ingres.ComAbtProc
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        ComAbtProc.verify = function verify(message, long) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                return "maximum nesting depth exceeded";
            if (message.globalId != null && Object.hasOwnProperty.call(message, "globalId"))
                if (!$util.isString(message.globalId))
                    return "globalId: string expected";
            if (message.decision != null && Object.hasOwnProperty.call(message, "decision"))
                switch (message.decision) {
                default:
                    return "decision: enum value expected";
                case 0:
                case 1:
                case 2:
                case 3:
                    break;
                }
            return null;
        };

        /**
         * Creates a ComAbtProc message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof ingres.ComAbtProc
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {ingres.ComAbtProc} ComAbtProc
         */
        ComAbtProc.fromObject = function fromObject(object, long) {
            if (object instanceof $root.ingres.ComAbtProc)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".ingres.ComAbtProc: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.ingres.ComAbtProc();
            if (object.globalId != null)
                message.globalId = String(object.globalId);
            switch (object.decision) {
            default:
                if (typeof object.decision === "number") {
                    message.decision = object.decision;
                    break;
                }
                break;
            case "DECISION_UNSPECIFIED":
            case 0:
                message.decision = 0;
                break;
            case "DECISION_COMMIT":
            case 1:
                message.decision = 1;
                break;
            case "DECISION_ABORT":
            case 2:
                message.decision = 2;
                break;
            case "DECISION_PENDING":
            case 3:
                message.decision = 3;
                break;
            }
            return message;
        };

        /**
         * Creates a plain object from a ComAbtProc message. Also converts values to other types if specified.
         * @function toObject
         * @memberof ingres.ComAbtProc
         * @static
         * @param {ingres.ComAbtProc} message ComAbtProc
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        ComAbtProc.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.globalId = "";
                object.decision = options.enums === String ? "DECISION_UNSPECIFIED" : 0;
            }
            if (message.globalId != null && Object.hasOwnProperty.call(message, "globalId"))
                object.globalId = message.globalId;
            if (message.decision != null && Object.hasOwnProperty.call(message, "decision"))
                object.decision = options.enums === String ? $root.ingres.Decision[message.decision] === undefined ? message.decision : $root.ingres.Decision[message.decision] : message.decision;
            return object;
        };

        /**
         * Converts this ComAbtProc to JSON.
         * @function toJSON
         * @memberof ingres.ComAbtProc
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        ComAbtProc.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the default type url for ComAbtProc
         * @function getTypeUrl
         * @memberof ingres.ComAbtProc
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        ComAbtProc.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/ingres.ComAbtProc";
        };

        return ComAbtProc;
    })();

    return ingres;
})();

export { $root as default };
