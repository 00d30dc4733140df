import * as $protobuf from "protobufjs";
import Long = require("long");
export namespace ingres {

    interface ICreateDatabaseRequest {
        database?: (string|null);
        user?: (string|null);
        flags?: (string[]|null);
    }

    class CreateDatabaseRequest implements ICreateDatabaseRequest {
        constructor(properties?: ingres.ICreateDatabaseRequest);
        public database: string;
        public user: string;
        public flags: string[];
        public static create(properties?: ingres.ICreateDatabaseRequest): ingres.CreateDatabaseRequest;
        public static encode(message: ingres.ICreateDatabaseRequest, writer?: $protobuf.Writer): $protobuf.Writer;
        public static encodeDelimited(message: ingres.ICreateDatabaseRequest, writer?: $protobuf.Writer): $protobuf.Writer;
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ingres.CreateDatabaseRequest;
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ingres.CreateDatabaseRequest;
        public static verify(message: { [k: string]: any }): (string|null);
        public static fromObject(object: { [k: string]: any }): ingres.CreateDatabaseRequest;
        public static toObject(message: ingres.CreateDatabaseRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
        public toJSON(): { [k: string]: any };
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    interface ICreateDatabaseReply {
        database?: (string|null);
        host?: (string|null);
        directory?: (string|null);
    }

    class CreateDatabaseReply implements ICreateDatabaseReply {
        constructor(properties?: ingres.ICreateDatabaseReply);
        public database: string;
        public host: string;
        public directory: string;
        public static create(properties?: ingres.ICreateDatabaseReply): ingres.CreateDatabaseReply;
        public static encode(message: ingres.ICreateDatabaseReply, writer?: $protobuf.Writer): $protobuf.Writer;
        public static encodeDelimited(message: ingres.ICreateDatabaseReply, writer?: $protobuf.Writer): $protobuf.Writer;
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ingres.CreateDatabaseReply;
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ingres.CreateDatabaseReply;
        public static verify(message: { [k: string]: any }): (string|null);
        public static fromObject(object: { [k: string]: any }): ingres.CreateDatabaseReply;
        public static toObject(message: ingres.CreateDatabaseReply, options?: $protobuf.IConversionOptions): { [k: string]: any };
        public toJSON(): { [k: string]: any };
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    interface IDestroyDatabaseRequest {
        database?: (string|null);
        user?: (string|null);
    }

    class DestroyDatabaseRequest implements IDestroyDatabaseRequest {
        constructor(properties?: ingres.IDestroyDatabaseRequest);
        public database: string;
        public user: string;
        public static create(properties?: ingres.IDestroyDatabaseRequest): ingres.DestroyDatabaseRequest;
        public static encode(message: ingres.IDestroyDatabaseRequest, writer?: $protobuf.Writer): $protobuf.Writer;
        public static encodeDelimited(message: ingres.IDestroyDatabaseRequest, writer?: $protobuf.Writer): $protobuf.Writer;
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ingres.DestroyDatabaseRequest;
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ingres.DestroyDatabaseRequest;
        public static verify(message: { [k: string]: any }): (string|null);
        public static fromObject(object: { [k: string]: any }): ingres.DestroyDatabaseRequest;
        public static toObject(message: ingres.DestroyDatabaseRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
        public toJSON(): { [k: string]: any };
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    interface IDestroyDatabaseReply {
        database?: (string|null);
    }

    class DestroyDatabaseReply implements IDestroyDatabaseReply {
        constructor(properties?: ingres.IDestroyDatabaseReply);
        public database: string;
        public static create(properties?: ingres.IDestroyDatabaseReply): ingres.DestroyDatabaseReply;
        public static encode(message: ingres.IDestroyDatabaseReply, writer?: $protobuf.Writer): $protobuf.Writer;
        public static encodeDelimited(message: ingres.IDestroyDatabaseReply, writer?: $protobuf.Writer): $protobuf.Writer;
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ingres.DestroyDatabaseReply;
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ingres.DestroyDatabaseReply;
        public static verify(message: { [k: string]: any }): (string|null);
        public static fromObject(object: { [k: string]: any }): ingres.DestroyDatabaseReply;
        public static toObject(message: ingres.DestroyDatabaseReply, options?: $protobuf.IConversionOptions): { [k: string]: any };
        public toJSON(): { [k: string]: any };
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    interface IStatusRequest {
    }

    class StatusRequest implements IStatusRequest {
        constructor(properties?: ingres.IStatusRequest);
        public static create(properties?: ingres.IStatusRequest): ingres.StatusRequest;
        public static encode(message: ingres.IStatusRequest, writer?: $protobuf.Writer): $protobuf.Writer;
        public static encodeDelimited(message: ingres.IStatusRequest, writer?: $protobuf.Writer): $protobuf.Writer;
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ingres.StatusRequest;
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ingres.StatusRequest;
        public static verify(message: { [k: string]: any }): (string|null);
        public static fromObject(object: { [k: string]: any }): ingres.StatusRequest;
        public static toObject(message: ingres.StatusRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
        public toJSON(): { [k: string]: any };
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    interface IDatabaseStatus {
        name?: (string|null);
        open?: (boolean|null);
        sessions?: (number|null);
    }

    class DatabaseStatus implements IDatabaseStatus {
        constructor(properties?: ingres.IDatabaseStatus);
        public name: string;
        public open: boolean;
        public sessions: number;
        public static create(properties?: ingres.IDatabaseStatus): ingres.DatabaseStatus;
        public static encode(message: ingres.IDatabaseStatus, writer?: $protobuf.Writer): $protobuf.Writer;
        public static encodeDelimited(message: ingres.IDatabaseStatus, writer?: $protobuf.Writer): $protobuf.Writer;
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ingres.DatabaseStatus;
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ingres.DatabaseStatus;
        public static verify(message: { [k: string]: any }): (string|null);
        public static fromObject(object: { [k: string]: any }): ingres.DatabaseStatus;
        public static toObject(message: ingres.DatabaseStatus, options?: $protobuf.IConversionOptions): { [k: string]: any };
        public toJSON(): { [k: string]: any };
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    interface IStatusReply {
        host?: (string|null);
        address?: (string|null);
        pid?: (number|null);
        version?: (string|null);
        iiSystem?: (string|null);
        startedMs?: (number|null);
        databases?: (ingres.IDatabaseStatus[]|null);
        sessions?: (number|null);
    }

    class StatusReply implements IStatusReply {
        constructor(properties?: ingres.IStatusReply);
        public host: string;
        public address: string;
        public pid: number;
        public version: string;
        public iiSystem: string;
        public startedMs: number;
        public databases: ingres.IDatabaseStatus[];
        public sessions: number;
        public static create(properties?: ingres.IStatusReply): ingres.StatusReply;
        public static encode(message: ingres.IStatusReply, writer?: $protobuf.Writer): $protobuf.Writer;
        public static encodeDelimited(message: ingres.IStatusReply, writer?: $protobuf.Writer): $protobuf.Writer;
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ingres.StatusReply;
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ingres.StatusReply;
        public static verify(message: { [k: string]: any }): (string|null);
        public static fromObject(object: { [k: string]: any }): ingres.StatusReply;
        public static toObject(message: ingres.StatusReply, options?: $protobuf.IConversionOptions): { [k: string]: any };
        public toJSON(): { [k: string]: any };
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    interface IShutdownRequest {
    }

    class ShutdownRequest implements IShutdownRequest {
        constructor(properties?: ingres.IShutdownRequest);
        public static create(properties?: ingres.IShutdownRequest): ingres.ShutdownRequest;
        public static encode(message: ingres.IShutdownRequest, writer?: $protobuf.Writer): $protobuf.Writer;
        public static encodeDelimited(message: ingres.IShutdownRequest, writer?: $protobuf.Writer): $protobuf.Writer;
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ingres.ShutdownRequest;
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ingres.ShutdownRequest;
        public static verify(message: { [k: string]: any }): (string|null);
        public static fromObject(object: { [k: string]: any }): ingres.ShutdownRequest;
        public static toObject(message: ingres.ShutdownRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
        public toJSON(): { [k: string]: any };
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    interface IShutdownReply {
        sessionsClosed?: (number|null);
    }

    class ShutdownReply implements IShutdownReply {
        constructor(properties?: ingres.IShutdownReply);
        public sessionsClosed: number;
        public static create(properties?: ingres.IShutdownReply): ingres.ShutdownReply;
        public static encode(message: ingres.IShutdownReply, writer?: $protobuf.Writer): $protobuf.Writer;
        public static encodeDelimited(message: ingres.IShutdownReply, writer?: $protobuf.Writer): $protobuf.Writer;
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ingres.ShutdownReply;
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ingres.ShutdownReply;
        public static verify(message: { [k: string]: any }): (string|null);
        public static fromObject(object: { [k: string]: any }): ingres.ShutdownReply;
        public static toObject(message: ingres.ShutdownReply, options?: $protobuf.IConversionOptions): { [k: string]: any };
        public toJSON(): { [k: string]: any };
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    enum TypeKind {
        TYPE_KIND_UNSPECIFIED = 0,
        TYPE_KIND_INT = 1,
        TYPE_KIND_FLOAT = 2,
        TYPE_KIND_CHAR = 3
    }

    interface IQType {
        kind?: (ingres.TypeKind|null);
        length?: (number|null);
    }

    class QType implements IQType {
        constructor(properties?: ingres.IQType);
        public kind: ingres.TypeKind;
        public length: number;
        public static create(properties?: ingres.IQType): ingres.QType;
        public static encode(message: ingres.IQType, writer?: $protobuf.Writer): $protobuf.Writer;
        public static encodeDelimited(message: ingres.IQType, writer?: $protobuf.Writer): $protobuf.Writer;
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ingres.QType;
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ingres.QType;
        public static verify(message: { [k: string]: any }): (string|null);
        public static fromObject(object: { [k: string]: any }): ingres.QType;
        public static toObject(message: ingres.QType, options?: $protobuf.IConversionOptions): { [k: string]: any };
        public toJSON(): { [k: string]: any };
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    interface IValue {
        intValue?: (number|null);
        floatValue?: (number|null);
        charValue?: (string|null);
    }

    class Value implements IValue {
        constructor(properties?: ingres.IValue);
        public intValue?: (number|null);
        public floatValue?: (number|null);
        public charValue?: (string|null);
        public value?: ("intValue"|"floatValue"|"charValue");
        public static create(properties?: ingres.IValue): ingres.Value;
        public static encode(message: ingres.IValue, writer?: $protobuf.Writer): $protobuf.Writer;
        public static encodeDelimited(message: ingres.IValue, writer?: $protobuf.Writer): $protobuf.Writer;
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ingres.Value;
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ingres.Value;
        public static verify(message: { [k: string]: any }): (string|null);
        public static fromObject(object: { [k: string]: any }): ingres.Value;
        public static toObject(message: ingres.Value, options?: $protobuf.IConversionOptions): { [k: string]: any };
        public toJSON(): { [k: string]: any };
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    interface IColumn {
        name?: (string|null);
        type?: (ingres.IQType|null);
    }

    class Column implements IColumn {
        constructor(properties?: ingres.IColumn);
        public name: string;
        public type?: (ingres.IQType|null);
        public static create(properties?: ingres.IColumn): ingres.Column;
        public static encode(message: ingres.IColumn, writer?: $protobuf.Writer): $protobuf.Writer;
        public static encodeDelimited(message: ingres.IColumn, writer?: $protobuf.Writer): $protobuf.Writer;
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ingres.Column;
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ingres.Column;
        public static verify(message: { [k: string]: any }): (string|null);
        public static fromObject(object: { [k: string]: any }): ingres.Column;
        public static toObject(message: ingres.Column, options?: $protobuf.IConversionOptions): { [k: string]: any };
        public toJSON(): { [k: string]: any };
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    interface IRow {
        values?: (ingres.IValue[]|null);
    }

    class Row implements IRow {
        constructor(properties?: ingres.IRow);
        public values: ingres.IValue[];
        public static create(properties?: ingres.IRow): ingres.Row;
        public static encode(message: ingres.IRow, writer?: $protobuf.Writer): $protobuf.Writer;
        public static encodeDelimited(message: ingres.IRow, writer?: $protobuf.Writer): $protobuf.Writer;
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ingres.Row;
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ingres.Row;
        public static verify(message: { [k: string]: any }): (string|null);
        public static fromObject(object: { [k: string]: any }): ingres.Row;
        public static toObject(message: ingres.Row, options?: $protobuf.IConversionOptions): { [k: string]: any };
        public toJSON(): { [k: string]: any };
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    interface IErrorInfo {
        code?: (number|null);
        message?: (string|null);
        detail?: (string|null);
        hint?: (string|null);
        host?: (string|null);
        retryable?: (boolean|null);
    }

    class ErrorInfo implements IErrorInfo {
        constructor(properties?: ingres.IErrorInfo);
        public code: number;
        public message: string;
        public detail: string;
        public hint: string;
        public host: string;
        public retryable: boolean;
        public static create(properties?: ingres.IErrorInfo): ingres.ErrorInfo;
        public static encode(message: ingres.IErrorInfo, writer?: $protobuf.Writer): $protobuf.Writer;
        public static encodeDelimited(message: ingres.IErrorInfo, writer?: $protobuf.Writer): $protobuf.Writer;
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ingres.ErrorInfo;
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ingres.ErrorInfo;
        public static verify(message: { [k: string]: any }): (string|null);
        public static fromObject(object: { [k: string]: any }): ingres.ErrorInfo;
        public static toObject(message: ingres.ErrorInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };
        public toJSON(): { [k: string]: any };
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    interface IRise {
        database?: (string|null);
        host?: (string|null);
        waitsys?: (boolean|null);
        epoch?: (number|null);
    }

    class Rise implements IRise {
        constructor(properties?: ingres.IRise);
        public database: string;
        public host: string;
        public waitsys: boolean;
        public epoch: number;
        public static create(properties?: ingres.IRise): ingres.Rise;
        public static encode(message: ingres.IRise, writer?: $protobuf.Writer): $protobuf.Writer;
        public static encodeDelimited(message: ingres.IRise, writer?: $protobuf.Writer): $protobuf.Writer;
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ingres.Rise;
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ingres.Rise;
        public static verify(message: { [k: string]: any }): (string|null);
        public static fromObject(object: { [k: string]: any }): ingres.Rise;
        public static toObject(message: ingres.Rise, options?: $protobuf.IConversionOptions): { [k: string]: any };
        public toJSON(): { [k: string]: any };
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    interface IRiseResp {
        database?: (string|null);
        host?: (string|null);
        ldb?: (boolean|null);
        waitsys?: (boolean|null);
        cons?: (boolean|null);
        epoch?: (number|null);
        hosts?: (string[]|null);
    }

    class RiseResp implements IRiseResp {
        constructor(properties?: ingres.IRiseResp);
        public database: string;
        public host: string;
        public ldb: boolean;
        public waitsys: boolean;
        public cons: boolean;
        public epoch: number;
        public hosts: string[];
        public static create(properties?: ingres.IRiseResp): ingres.RiseResp;
        public static encode(message: ingres.IRiseResp, writer?: $protobuf.Writer): $protobuf.Writer;
        public static encodeDelimited(message: ingres.IRiseResp, writer?: $protobuf.Writer): $protobuf.Writer;
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ingres.RiseResp;
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ingres.RiseResp;
        public static verify(message: { [k: string]: any }): (string|null);
        public static fromObject(object: { [k: string]: any }): ingres.RiseResp;
        public static toObject(message: ingres.RiseResp, options?: $protobuf.IConversionOptions): { [k: string]: any };
        public toJSON(): { [k: string]: any };
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    interface IHeartbeat {
        database?: (string|null);
        host?: (string|null);
        waitsys?: (boolean|null);
        epoch?: (number|null);
    }

    class Heartbeat implements IHeartbeat {
        constructor(properties?: ingres.IHeartbeat);
        public database: string;
        public host: string;
        public waitsys: boolean;
        public epoch: number;
        public static create(properties?: ingres.IHeartbeat): ingres.Heartbeat;
        public static encode(message: ingres.IHeartbeat, writer?: $protobuf.Writer): $protobuf.Writer;
        public static encodeDelimited(message: ingres.IHeartbeat, writer?: $protobuf.Writer): $protobuf.Writer;
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ingres.Heartbeat;
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ingres.Heartbeat;
        public static verify(message: { [k: string]: any }): (string|null);
        public static fromObject(object: { [k: string]: any }): ingres.Heartbeat;
        public static toObject(message: ingres.Heartbeat, options?: $protobuf.IConversionOptions): { [k: string]: any };
        public toJSON(): { [k: string]: any };
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    interface IHeartbeatResp {
        database?: (string|null);
        host?: (string|null);
        waitsys?: (boolean|null);
        epoch?: (number|null);
    }

    class HeartbeatResp implements IHeartbeatResp {
        constructor(properties?: ingres.IHeartbeatResp);
        public database: string;
        public host: string;
        public waitsys: boolean;
        public epoch: number;
        public static create(properties?: ingres.IHeartbeatResp): ingres.HeartbeatResp;
        public static encode(message: ingres.IHeartbeatResp, writer?: $protobuf.Writer): $protobuf.Writer;
        public static encodeDelimited(message: ingres.IHeartbeatResp, writer?: $protobuf.Writer): $protobuf.Writer;
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ingres.HeartbeatResp;
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ingres.HeartbeatResp;
        public static verify(message: { [k: string]: any }): (string|null);
        public static fromObject(object: { [k: string]: any }): ingres.HeartbeatResp;
        public static toObject(message: ingres.HeartbeatResp, options?: $protobuf.IConversionOptions): { [k: string]: any };
        public toJSON(): { [k: string]: any };
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    interface ISysCat {
        database?: (string|null);
        host?: (string|null);
    }

    class SysCat implements ISysCat {
        constructor(properties?: ingres.ISysCat);
        public database: string;
        public host: string;
        public static create(properties?: ingres.ISysCat): ingres.SysCat;
        public static encode(message: ingres.ISysCat, writer?: $protobuf.Writer): $protobuf.Writer;
        public static encodeDelimited(message: ingres.ISysCat, writer?: $protobuf.Writer): $protobuf.Writer;
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ingres.SysCat;
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ingres.SysCat;
        public static verify(message: { [k: string]: any }): (string|null);
        public static fromObject(object: { [k: string]: any }): ingres.SysCat;
        public static toObject(message: ingres.SysCat, options?: $protobuf.IConversionOptions): { [k: string]: any };
        public toJSON(): { [k: string]: any };
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    interface ICatAttribute {
        name?: (string|null);
        type?: (string|null);
        length?: (number|null);
        keyNo?: (number|null);
    }

    class CatAttribute implements ICatAttribute {
        constructor(properties?: ingres.ICatAttribute);
        public name: string;
        public type: string;
        public length: number;
        public keyNo: number;
        public static create(properties?: ingres.ICatAttribute): ingres.CatAttribute;
        public static encode(message: ingres.ICatAttribute, writer?: $protobuf.Writer): $protobuf.Writer;
        public static encodeDelimited(message: ingres.ICatAttribute, writer?: $protobuf.Writer): $protobuf.Writer;
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ingres.CatAttribute;
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ingres.CatAttribute;
        public static verify(message: { [k: string]: any }): (string|null);
        public static fromObject(object: { [k: string]: any }): ingres.CatAttribute;
        public static toObject(message: ingres.CatAttribute, options?: $protobuf.IConversionOptions): { [k: string]: any };
        public toJSON(): { [k: string]: any };
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    interface ICatKey {
        attribute?: (number|null);
        descending?: (boolean|null);
    }

    class CatKey implements ICatKey {
        constructor(properties?: ingres.ICatKey);
        public attribute: number;
        public descending: boolean;
        public static create(properties?: ingres.ICatKey): ingres.CatKey;
        public static encode(message: ingres.ICatKey, writer?: $protobuf.Writer): $protobuf.Writer;
        public static encodeDelimited(message: ingres.ICatKey, writer?: $protobuf.Writer): $protobuf.Writer;
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ingres.CatKey;
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ingres.CatKey;
        public static verify(message: { [k: string]: any }): (string|null);
        public static fromObject(object: { [k: string]: any }): ingres.CatKey;
        public static toObject(message: ingres.CatKey, options?: $protobuf.IConversionOptions): { [k: string]: any };
        public toJSON(): { [k: string]: any };
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    interface ICatRelation {
        name?: (string|null);
        owner?: (string|null);
        kind?: (string|null);
        structure?: (string|null);
        compressed?: (boolean|null);
        attributes?: (ingres.ICatAttribute[]|null);
        keys?: (ingres.ICatKey[]|null);
        fillfactor?: (number|null);
        minpages?: (number|null);
        maxpages?: (number|null);
        indexOf?: (string|null);
        saveUntil?: (number|null);
        host?: (string|null);
    }

    class CatRelation implements ICatRelation {
        constructor(properties?: ingres.ICatRelation);
        public name: string;
        public owner: string;
        public kind: string;
        public structure: string;
        public compressed: boolean;
        public attributes: ingres.ICatAttribute[];
        public keys: ingres.ICatKey[];
        public fillfactor: number;
        public minpages: number;
        public maxpages: number;
        public indexOf: string;
        public saveUntil: number;
        public host: string;
        public static create(properties?: ingres.ICatRelation): ingres.CatRelation;
        public static encode(message: ingres.ICatRelation, writer?: $protobuf.Writer): $protobuf.Writer;
        public static encodeDelimited(message: ingres.ICatRelation, writer?: $protobuf.Writer): $protobuf.Writer;
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ingres.CatRelation;
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ingres.CatRelation;
        public static verify(message: { [k: string]: any }): (string|null);
        public static fromObject(object: { [k: string]: any }): ingres.CatRelation;
        public static toObject(message: ingres.CatRelation, options?: $protobuf.IConversionOptions): { [k: string]: any };
        public toJSON(): { [k: string]: any };
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    interface ICatDefinition {
        relation?: (string|null);
        kind?: (string|null);
        id?: (number|null);
        text?: (string|null);
    }

    class CatDefinition implements ICatDefinition {
        constructor(properties?: ingres.ICatDefinition);
        public relation: string;
        public kind: string;
        public id: number;
        public text: string;
        public static create(properties?: ingres.ICatDefinition): ingres.CatDefinition;
        public static encode(message: ingres.ICatDefinition, writer?: $protobuf.Writer): $protobuf.Writer;
        public static encodeDelimited(message: ingres.ICatDefinition, writer?: $protobuf.Writer): $protobuf.Writer;
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ingres.CatDefinition;
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ingres.CatDefinition;
        public static verify(message: { [k: string]: any }): (string|null);
        public static fromObject(object: { [k: string]: any }): ingres.CatDefinition;
        public static toObject(message: ingres.CatDefinition, options?: $protobuf.IConversionOptions): { [k: string]: any };
        public toJSON(): { [k: string]: any };
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    interface IScResp {
        relation?: (ingres.ICatRelation|null);
        definition?: (ingres.ICatDefinition|null);
        done?: (ingres.IScDone|null);
    }

    class ScResp implements IScResp {
        constructor(properties?: ingres.IScResp);
        public relation?: (ingres.ICatRelation|null);
        public definition?: (ingres.ICatDefinition|null);
        public done?: (ingres.IScDone|null);
        public item?: ("relation"|"definition"|"done");
        public static create(properties?: ingres.IScResp): ingres.ScResp;
        public static encode(message: ingres.IScResp, writer?: $protobuf.Writer): $protobuf.Writer;
        public static encodeDelimited(message: ingres.IScResp, writer?: $protobuf.Writer): $protobuf.Writer;
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ingres.ScResp;
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ingres.ScResp;
        public static verify(message: { [k: string]: any }): (string|null);
        public static fromObject(object: { [k: string]: any }): ingres.ScResp;
        public static toObject(message: ingres.ScResp, options?: $protobuf.IConversionOptions): { [k: string]: any };
        public toJSON(): { [k: string]: any };
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    interface IScDone {
        digest?: (string|null);
        relations?: (number|null);
    }

    class ScDone implements IScDone {
        constructor(properties?: ingres.IScDone);
        public digest: string;
        public relations: number;
        public static create(properties?: ingres.IScDone): ingres.ScDone;
        public static encode(message: ingres.IScDone, writer?: $protobuf.Writer): $protobuf.Writer;
        public static encodeDelimited(message: ingres.IScDone, writer?: $protobuf.Writer): $protobuf.Writer;
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ingres.ScDone;
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ingres.ScDone;
        public static verify(message: { [k: string]: any }): (string|null);
        public static fromObject(object: { [k: string]: any }): ingres.ScDone;
        public static toObject(message: ingres.ScDone, options?: $protobuf.IConversionOptions): { [k: string]: any };
        public toJSON(): { [k: string]: any };
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    interface ICommand {
        command?: (string|null);
        database?: (string|null);
        user?: (string|null);
        hosts?: (string[]|null);
        fromHost?: (string|null);
    }

    class Command implements ICommand {
        constructor(properties?: ingres.ICommand);
        public command: string;
        public database: string;
        public user: string;
        public hosts: string[];
        public fromHost: string;
        public static create(properties?: ingres.ICommand): ingres.Command;
        public static encode(message: ingres.ICommand, writer?: $protobuf.Writer): $protobuf.Writer;
        public static encodeDelimited(message: ingres.ICommand, writer?: $protobuf.Writer): $protobuf.Writer;
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ingres.Command;
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ingres.Command;
        public static verify(message: { [k: string]: any }): (string|null);
        public static fromObject(object: { [k: string]: any }): ingres.Command;
        public static toObject(message: ingres.Command, options?: $protobuf.IConversionOptions): { [k: string]: any };
        public toJSON(): { [k: string]: any };
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    interface IComResp {
        host?: (string|null);
        ok?: (boolean|null);
        code?: (number|null);
        message?: (string|null);
    }

    class ComResp implements IComResp {
        constructor(properties?: ingres.IComResp);
        public host: string;
        public ok: boolean;
        public code: number;
        public message: string;
        public static create(properties?: ingres.IComResp): ingres.ComResp;
        public static encode(message: ingres.IComResp, writer?: $protobuf.Writer): $protobuf.Writer;
        public static encodeDelimited(message: ingres.IComResp, writer?: $protobuf.Writer): $protobuf.Writer;
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ingres.ComResp;
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ingres.ComResp;
        public static verify(message: { [k: string]: any }): (string|null);
        public static fromObject(object: { [k: string]: any }): ingres.ComResp;
        public static toObject(message: ingres.ComResp, options?: $protobuf.IConversionOptions): { [k: string]: any };
        public toJSON(): { [k: string]: any };
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    interface IDbStateRequest {
        database?: (string|null);
    }

    class DbStateRequest implements IDbStateRequest {
        constructor(properties?: ingres.IDbStateRequest);
        public database: string;
        public static create(properties?: ingres.IDbStateRequest): ingres.DbStateRequest;
        public static encode(message: ingres.IDbStateRequest, writer?: $protobuf.Writer): $protobuf.Writer;
        public static encodeDelimited(message: ingres.IDbStateRequest, writer?: $protobuf.Writer): $protobuf.Writer;
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ingres.DbStateRequest;
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ingres.DbStateRequest;
        public static verify(message: { [k: string]: any }): (string|null);
        public static fromObject(object: { [k: string]: any }): ingres.DbStateRequest;
        public static toObject(message: ingres.DbStateRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
        public toJSON(): { [k: string]: any };
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    interface IDbStateRow {
        host?: (string|null);
        up?: (boolean|null);
        rttMs?: (number|null);
        dbname?: (string|null);
        ldb?: (boolean|null);
        dbupdate?: (boolean|null);
        ldbs?: (boolean|null);
        cuh?: (boolean|null);
        luh?: (boolean|null);
        lmsh?: (string|null);
        cons?: (boolean|null);
        waitsys?: (boolean|null);
    }

    class DbStateRow implements IDbStateRow {
        constructor(properties?: ingres.IDbStateRow);
        public host: string;
        public up: boolean;
        public rttMs: number;
        public dbname: string;
        public ldb: boolean;
        public dbupdate: boolean;
        public ldbs: boolean;
        public cuh: boolean;
        public luh: boolean;
        public lmsh: string;
        public cons: boolean;
        public waitsys: boolean;
        public static create(properties?: ingres.IDbStateRow): ingres.DbStateRow;
        public static encode(message: ingres.IDbStateRow, writer?: $protobuf.Writer): $protobuf.Writer;
        public static encodeDelimited(message: ingres.IDbStateRow, writer?: $protobuf.Writer): $protobuf.Writer;
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ingres.DbStateRow;
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ingres.DbStateRow;
        public static verify(message: { [k: string]: any }): (string|null);
        public static fromObject(object: { [k: string]: any }): ingres.DbStateRow;
        public static toObject(message: ingres.DbStateRow, options?: $protobuf.IConversionOptions): { [k: string]: any };
        public toJSON(): { [k: string]: any };
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    interface IInDoubtRow {
        globalId?: (string|null);
        coordinator?: (string|null);
        ageMs?: (number|null);
    }

    class InDoubtRow implements IInDoubtRow {
        constructor(properties?: ingres.IInDoubtRow);
        public globalId: string;
        public coordinator: string;
        public ageMs: number;
        public static create(properties?: ingres.IInDoubtRow): ingres.InDoubtRow;
        public static encode(message: ingres.IInDoubtRow, writer?: $protobuf.Writer): $protobuf.Writer;
        public static encodeDelimited(message: ingres.IInDoubtRow, writer?: $protobuf.Writer): $protobuf.Writer;
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ingres.InDoubtRow;
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ingres.InDoubtRow;
        public static verify(message: { [k: string]: any }): (string|null);
        public static fromObject(object: { [k: string]: any }): ingres.InDoubtRow;
        public static toObject(message: ingres.InDoubtRow, options?: $protobuf.IConversionOptions): { [k: string]: any };
        public toJSON(): { [k: string]: any };
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    interface IDbStateDatabase {
        database?: (string|null);
        localHost?: (string|null);
        ready?: (boolean|null);
        rows?: (ingres.IDbStateRow[]|null);
        inDoubt?: (ingres.IInDoubtRow[]|null);
    }

    class DbStateDatabase implements IDbStateDatabase {
        constructor(properties?: ingres.IDbStateDatabase);
        public database: string;
        public localHost: string;
        public ready: boolean;
        public rows: ingres.IDbStateRow[];
        public inDoubt: ingres.IInDoubtRow[];
        public static create(properties?: ingres.IDbStateDatabase): ingres.DbStateDatabase;
        public static encode(message: ingres.IDbStateDatabase, writer?: $protobuf.Writer): $protobuf.Writer;
        public static encodeDelimited(message: ingres.IDbStateDatabase, writer?: $protobuf.Writer): $protobuf.Writer;
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ingres.DbStateDatabase;
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ingres.DbStateDatabase;
        public static verify(message: { [k: string]: any }): (string|null);
        public static fromObject(object: { [k: string]: any }): ingres.DbStateDatabase;
        public static toObject(message: ingres.DbStateDatabase, options?: $protobuf.IConversionOptions): { [k: string]: any };
        public toJSON(): { [k: string]: any };
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    interface IDbStateReply {
        host?: (string|null);
        databases?: (ingres.IDbStateDatabase[]|null);
    }

    class DbStateReply implements IDbStateReply {
        constructor(properties?: ingres.IDbStateReply);
        public host: string;
        public databases: ingres.IDbStateDatabase[];
        public static create(properties?: ingres.IDbStateReply): ingres.DbStateReply;
        public static encode(message: ingres.IDbStateReply, writer?: $protobuf.Writer): $protobuf.Writer;
        public static encodeDelimited(message: ingres.IDbStateReply, writer?: $protobuf.Writer): $protobuf.Writer;
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ingres.DbStateReply;
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ingres.DbStateReply;
        public static verify(message: { [k: string]: any }): (string|null);
        public static fromObject(object: { [k: string]: any }): ingres.DbStateReply;
        public static toObject(message: ingres.DbStateReply, options?: $protobuf.IConversionOptions): { [k: string]: any };
        public toJSON(): { [k: string]: any };
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    interface ISessionOptions {
        user?: (string|null);
        retrieveIntoStructure?: (string|null);
        indexStructure?: (string|null);
    }

    class SessionOptions implements ISessionOptions {
        constructor(properties?: ingres.ISessionOptions);
        public user: string;
        public retrieveIntoStructure: string;
        public indexStructure: string;
        public static create(properties?: ingres.ISessionOptions): ingres.SessionOptions;
        public static encode(message: ingres.ISessionOptions, writer?: $protobuf.Writer): $protobuf.Writer;
        public static encodeDelimited(message: ingres.ISessionOptions, writer?: $protobuf.Writer): $protobuf.Writer;
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ingres.SessionOptions;
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ingres.SessionOptions;
        public static verify(message: { [k: string]: any }): (string|null);
        public static fromObject(object: { [k: string]: any }): ingres.SessionOptions;
        public static toObject(message: ingres.SessionOptions, options?: $protobuf.IConversionOptions): { [k: string]: any };
        public toJSON(): { [k: string]: any };
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    interface IOpenSessionRequest {
        database?: (string|null);
        options?: (ingres.ISessionOptions|null);
        client?: (string|null);
    }

    class OpenSessionRequest implements IOpenSessionRequest {
        constructor(properties?: ingres.IOpenSessionRequest);
        public database: string;
        public options?: (ingres.ISessionOptions|null);
        public client: string;
        public static create(properties?: ingres.IOpenSessionRequest): ingres.OpenSessionRequest;
        public static encode(message: ingres.IOpenSessionRequest, writer?: $protobuf.Writer): $protobuf.Writer;
        public static encodeDelimited(message: ingres.IOpenSessionRequest, writer?: $protobuf.Writer): $protobuf.Writer;
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ingres.OpenSessionRequest;
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ingres.OpenSessionRequest;
        public static verify(message: { [k: string]: any }): (string|null);
        public static fromObject(object: { [k: string]: any }): ingres.OpenSessionRequest;
        public static toObject(message: ingres.OpenSessionRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
        public toJSON(): { [k: string]: any };
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    interface ISessionOpened {
        sessionId?: (string|null);
        host?: (string|null);
        version?: (string|null);
        daemonPid?: (number|null);
    }

    class SessionOpened implements ISessionOpened {
        constructor(properties?: ingres.ISessionOpened);
        public sessionId: string;
        public host: string;
        public version: string;
        public daemonPid: number;
        public static create(properties?: ingres.ISessionOpened): ingres.SessionOpened;
        public static encode(message: ingres.ISessionOpened, writer?: $protobuf.Writer): $protobuf.Writer;
        public static encodeDelimited(message: ingres.ISessionOpened, writer?: $protobuf.Writer): $protobuf.Writer;
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ingres.SessionOpened;
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ingres.SessionOpened;
        public static verify(message: { [k: string]: any }): (string|null);
        public static fromObject(object: { [k: string]: any }): ingres.SessionOpened;
        public static toObject(message: ingres.SessionOpened, options?: $protobuf.IConversionOptions): { [k: string]: any };
        public toJSON(): { [k: string]: any };
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    interface ISessionNotice {
        text?: (string|null);
    }

    class SessionNotice implements ISessionNotice {
        constructor(properties?: ingres.ISessionNotice);
        public text: string;
        public static create(properties?: ingres.ISessionNotice): ingres.SessionNotice;
        public static encode(message: ingres.ISessionNotice, writer?: $protobuf.Writer): $protobuf.Writer;
        public static encodeDelimited(message: ingres.ISessionNotice, writer?: $protobuf.Writer): $protobuf.Writer;
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ingres.SessionNotice;
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ingres.SessionNotice;
        public static verify(message: { [k: string]: any }): (string|null);
        public static fromObject(object: { [k: string]: any }): ingres.SessionNotice;
        public static toObject(message: ingres.SessionNotice, options?: $protobuf.IConversionOptions): { [k: string]: any };
        public toJSON(): { [k: string]: any };
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    interface ISessionEvent {
        opened?: (ingres.ISessionOpened|null);
        notice?: (ingres.ISessionNotice|null);
    }

    class SessionEvent implements ISessionEvent {
        constructor(properties?: ingres.ISessionEvent);
        public opened?: (ingres.ISessionOpened|null);
        public notice?: (ingres.ISessionNotice|null);
        public event?: ("opened"|"notice");
        public static create(properties?: ingres.ISessionEvent): ingres.SessionEvent;
        public static encode(message: ingres.ISessionEvent, writer?: $protobuf.Writer): $protobuf.Writer;
        public static encodeDelimited(message: ingres.ISessionEvent, writer?: $protobuf.Writer): $protobuf.Writer;
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ingres.SessionEvent;
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ingres.SessionEvent;
        public static verify(message: { [k: string]: any }): (string|null);
        public static fromObject(object: { [k: string]: any }): ingres.SessionEvent;
        public static toObject(message: ingres.SessionEvent, options?: $protobuf.IConversionOptions): { [k: string]: any };
        public toJSON(): { [k: string]: any };
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    interface IRunRequest {
        sessionId?: (string|null);
        text?: (string|null);
    }

    class RunRequest implements IRunRequest {
        constructor(properties?: ingres.IRunRequest);
        public sessionId: string;
        public text: string;
        public static create(properties?: ingres.IRunRequest): ingres.RunRequest;
        public static encode(message: ingres.IRunRequest, writer?: $protobuf.Writer): $protobuf.Writer;
        public static encodeDelimited(message: ingres.IRunRequest, writer?: $protobuf.Writer): $protobuf.Writer;
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ingres.RunRequest;
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ingres.RunRequest;
        public static verify(message: { [k: string]: any }): (string|null);
        public static fromObject(object: { [k: string]: any }): ingres.RunRequest;
        public static toObject(message: ingres.RunRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
        public toJSON(): { [k: string]: any };
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    interface IRowsStart {
        hasTitle?: (boolean|null);
        title?: (string|null);
        columns?: (ingres.IColumn[]|null);
    }

    class RowsStart implements IRowsStart {
        constructor(properties?: ingres.IRowsStart);
        public hasTitle: boolean;
        public title: string;
        public columns: ingres.IColumn[];
        public static create(properties?: ingres.IRowsStart): ingres.RowsStart;
        public static encode(message: ingres.IRowsStart, writer?: $protobuf.Writer): $protobuf.Writer;
        public static encodeDelimited(message: ingres.IRowsStart, writer?: $protobuf.Writer): $protobuf.Writer;
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ingres.RowsStart;
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ingres.RowsStart;
        public static verify(message: { [k: string]: any }): (string|null);
        public static fromObject(object: { [k: string]: any }): ingres.RowsStart;
        public static toObject(message: ingres.RowsStart, options?: $protobuf.IConversionOptions): { [k: string]: any };
        public toJSON(): { [k: string]: any };
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    interface IRowChunk {
        rows?: (ingres.IRow[]|null);
    }

    class RowChunk implements IRowChunk {
        constructor(properties?: ingres.IRowChunk);
        public rows: ingres.IRow[];
        public static create(properties?: ingres.IRowChunk): ingres.RowChunk;
        public static encode(message: ingres.IRowChunk, writer?: $protobuf.Writer): $protobuf.Writer;
        public static encodeDelimited(message: ingres.IRowChunk, writer?: $protobuf.Writer): $protobuf.Writer;
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ingres.RowChunk;
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ingres.RowChunk;
        public static verify(message: { [k: string]: any }): (string|null);
        public static fromObject(object: { [k: string]: any }): ingres.RowChunk;
        public static toObject(message: ingres.RowChunk, options?: $protobuf.IConversionOptions): { [k: string]: any };
        public toJSON(): { [k: string]: any };
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    interface ITextResult {
        text?: (string|null);
    }

    class TextResult implements ITextResult {
        constructor(properties?: ingres.ITextResult);
        public text: string;
        public static create(properties?: ingres.ITextResult): ingres.TextResult;
        public static encode(message: ingres.ITextResult, writer?: $protobuf.Writer): $protobuf.Writer;
        public static encodeDelimited(message: ingres.ITextResult, writer?: $protobuf.Writer): $protobuf.Writer;
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ingres.TextResult;
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ingres.TextResult;
        public static verify(message: { [k: string]: any }): (string|null);
        public static fromObject(object: { [k: string]: any }): ingres.TextResult;
        public static toObject(message: ingres.TextResult, options?: $protobuf.IConversionOptions): { [k: string]: any };
        public toJSON(): { [k: string]: any };
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    interface IDoneResult {
        statement?: (string|null);
        hasTuples?: (boolean|null);
        tuples?: (number|null);
    }

    class DoneResult implements IDoneResult {
        constructor(properties?: ingres.IDoneResult);
        public statement: string;
        public hasTuples: boolean;
        public tuples: number;
        public static create(properties?: ingres.IDoneResult): ingres.DoneResult;
        public static encode(message: ingres.IDoneResult, writer?: $protobuf.Writer): $protobuf.Writer;
        public static encodeDelimited(message: ingres.IDoneResult, writer?: $protobuf.Writer): $protobuf.Writer;
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ingres.DoneResult;
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ingres.DoneResult;
        public static verify(message: { [k: string]: any }): (string|null);
        public static fromObject(object: { [k: string]: any }): ingres.DoneResult;
        public static toObject(message: ingres.DoneResult, options?: $protobuf.IConversionOptions): { [k: string]: any };
        public toJSON(): { [k: string]: any };
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    interface IRunReply {
        statement?: (number|null);
        rowsStart?: (ingres.IRowsStart|null);
        rows?: (ingres.IRowChunk|null);
        text?: (ingres.ITextResult|null);
        done?: (ingres.IDoneResult|null);
        error?: (ingres.IErrorInfo|null);
    }

    class RunReply implements IRunReply {
        constructor(properties?: ingres.IRunReply);
        public statement: number;
        public rowsStart?: (ingres.IRowsStart|null);
        public rows?: (ingres.IRowChunk|null);
        public text?: (ingres.ITextResult|null);
        public done?: (ingres.IDoneResult|null);
        public error?: (ingres.IErrorInfo|null);
        public part?: ("rowsStart"|"rows"|"text"|"done"|"error");
        public static create(properties?: ingres.IRunReply): ingres.RunReply;
        public static encode(message: ingres.IRunReply, writer?: $protobuf.Writer): $protobuf.Writer;
        public static encodeDelimited(message: ingres.IRunReply, writer?: $protobuf.Writer): $protobuf.Writer;
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ingres.RunReply;
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ingres.RunReply;
        public static verify(message: { [k: string]: any }): (string|null);
        public static fromObject(object: { [k: string]: any }): ingres.RunReply;
        public static toObject(message: ingres.RunReply, options?: $protobuf.IConversionOptions): { [k: string]: any };
        public toJSON(): { [k: string]: any };
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    interface ICloseSessionRequest {
        sessionId?: (string|null);
    }

    class CloseSessionRequest implements ICloseSessionRequest {
        constructor(properties?: ingres.ICloseSessionRequest);
        public sessionId: string;
        public static create(properties?: ingres.ICloseSessionRequest): ingres.CloseSessionRequest;
        public static encode(message: ingres.ICloseSessionRequest, writer?: $protobuf.Writer): $protobuf.Writer;
        public static encodeDelimited(message: ingres.ICloseSessionRequest, writer?: $protobuf.Writer): $protobuf.Writer;
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ingres.CloseSessionRequest;
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ingres.CloseSessionRequest;
        public static verify(message: { [k: string]: any }): (string|null);
        public static fromObject(object: { [k: string]: any }): ingres.CloseSessionRequest;
        public static toObject(message: ingres.CloseSessionRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
        public toJSON(): { [k: string]: any };
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    interface ICloseSessionReply {
    }

    class CloseSessionReply implements ICloseSessionReply {
        constructor(properties?: ingres.ICloseSessionReply);
        public static create(properties?: ingres.ICloseSessionReply): ingres.CloseSessionReply;
        public static encode(message: ingres.ICloseSessionReply, writer?: $protobuf.Writer): $protobuf.Writer;
        public static encodeDelimited(message: ingres.ICloseSessionReply, writer?: $protobuf.Writer): $protobuf.Writer;
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ingres.CloseSessionReply;
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ingres.CloseSessionReply;
        public static verify(message: { [k: string]: any }): (string|null);
        public static fromObject(object: { [k: string]: any }): ingres.CloseSessionReply;
        public static toObject(message: ingres.CloseSessionReply, options?: $protobuf.IConversionOptions): { [k: string]: any };
        public toJSON(): { [k: string]: any };
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    enum Vote {
        VOTE_UNSPECIFIED = 0,
        VOTE_YES = 1,
        VOTE_NO = 2,
        VOTE_READ_ONLY = 3
    }

    enum Decision {
        DECISION_UNSPECIFIED = 0,
        DECISION_COMMIT = 1,
        DECISION_ABORT = 2,
        DECISION_PENDING = 3
    }

    interface IUpSys {
        statements?: (string[]|null);
    }

    class UpSys implements IUpSys {
        constructor(properties?: ingres.IUpSys);
        public statements: string[];
        public static create(properties?: ingres.IUpSys): ingres.UpSys;
        public static encode(message: ingres.IUpSys, writer?: $protobuf.Writer): $protobuf.Writer;
        public static encodeDelimited(message: ingres.IUpSys, writer?: $protobuf.Writer): $protobuf.Writer;
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ingres.UpSys;
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ingres.UpSys;
        public static verify(message: { [k: string]: any }): (string|null);
        public static fromObject(object: { [k: string]: any }): ingres.UpSys;
        public static toObject(message: ingres.UpSys, options?: $protobuf.IConversionOptions): { [k: string]: any };
        public toJSON(): { [k: string]: any };
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    interface ITrStart {
        database?: (string|null);
        globalId?: (string|null);
        coordinator?: (string|null);
        userHost?: (string|null);
        upSys?: (ingres.IUpSys|null);
    }

    class TrStart implements ITrStart {
        constructor(properties?: ingres.ITrStart);
        public database: string;
        public globalId: string;
        public coordinator: string;
        public userHost: string;
        public upSys?: (ingres.IUpSys|null);
        public static create(properties?: ingres.ITrStart): ingres.TrStart;
        public static encode(message: ingres.ITrStart, writer?: $protobuf.Writer): $protobuf.Writer;
        public static encodeDelimited(message: ingres.ITrStart, writer?: $protobuf.Writer): $protobuf.Writer;
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ingres.TrStart;
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ingres.TrStart;
        public static verify(message: { [k: string]: any }): (string|null);
        public static fromObject(object: { [k: string]: any }): ingres.TrStart;
        public static toObject(message: ingres.TrStart, options?: $protobuf.IConversionOptions): { [k: string]: any };
        public toJSON(): { [k: string]: any };
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    interface ITrResp {
        database?: (string|null);
        globalId?: (string|null);
        host?: (string|null);
        vote?: (ingres.Vote|null);
        errorCode?: (number|null);
        errorMessage?: (string|null);
    }

    class TrResp implements ITrResp {
        constructor(properties?: ingres.ITrResp);
        public database: string;
        public globalId: string;
        public host: string;
        public vote: ingres.Vote;
        public errorCode: number;
        public errorMessage: string;
        public static create(properties?: ingres.ITrResp): ingres.TrResp;
        public static encode(message: ingres.ITrResp, writer?: $protobuf.Writer): $protobuf.Writer;
        public static encodeDelimited(message: ingres.ITrResp, writer?: $protobuf.Writer): $protobuf.Writer;
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ingres.TrResp;
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ingres.TrResp;
        public static verify(message: { [k: string]: any }): (string|null);
        public static fromObject(object: { [k: string]: any }): ingres.TrResp;
        public static toObject(message: ingres.TrResp, options?: $protobuf.IConversionOptions): { [k: string]: any };
        public toJSON(): { [k: string]: any };
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    interface IComAbt {
        database?: (string|null);
        globalId?: (string|null);
        coordinator?: (string|null);
        decision?: (ingres.Decision|null);
    }

    class ComAbt implements IComAbt {
        constructor(properties?: ingres.IComAbt);
        public database: string;
        public globalId: string;
        public coordinator: string;
        public decision: ingres.Decision;
        public static create(properties?: ingres.IComAbt): ingres.ComAbt;
        public static encode(message: ingres.IComAbt, writer?: $protobuf.Writer): $protobuf.Writer;
        public static encodeDelimited(message: ingres.IComAbt, writer?: $protobuf.Writer): $protobuf.Writer;
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ingres.ComAbt;
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ingres.ComAbt;
        public static verify(message: { [k: string]: any }): (string|null);
        public static fromObject(object: { [k: string]: any }): ingres.ComAbt;
        public static toObject(message: ingres.ComAbt, options?: $protobuf.IConversionOptions): { [k: string]: any };
        public toJSON(): { [k: string]: any };
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    interface IComAbtAck {
        database?: (string|null);
        globalId?: (string|null);
        host?: (string|null);
    }

    class ComAbtAck implements IComAbtAck {
        constructor(properties?: ingres.IComAbtAck);
        public database: string;
        public globalId: string;
        public host: string;
        public static create(properties?: ingres.IComAbtAck): ingres.ComAbtAck;
        public static encode(message: ingres.IComAbtAck, writer?: $protobuf.Writer): $protobuf.Writer;
        public static encodeDelimited(message: ingres.IComAbtAck, writer?: $protobuf.Writer): $protobuf.Writer;
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ingres.ComAbtAck;
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ingres.ComAbtAck;
        public static verify(message: { [k: string]: any }): (string|null);
        public static fromObject(object: { [k: string]: any }): ingres.ComAbtAck;
        public static toObject(message: ingres.ComAbtAck, options?: $protobuf.IConversionOptions): { [k: string]: any };
        public toJSON(): { [k: string]: any };
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    interface IOutcomeRequest {
        database?: (string|null);
        globalId?: (string|null);
        host?: (string|null);
    }

    class OutcomeRequest implements IOutcomeRequest {
        constructor(properties?: ingres.IOutcomeRequest);
        public database: string;
        public globalId: string;
        public host: string;
        public static create(properties?: ingres.IOutcomeRequest): ingres.OutcomeRequest;
        public static encode(message: ingres.IOutcomeRequest, writer?: $protobuf.Writer): $protobuf.Writer;
        public static encodeDelimited(message: ingres.IOutcomeRequest, writer?: $protobuf.Writer): $protobuf.Writer;
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ingres.OutcomeRequest;
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ingres.OutcomeRequest;
        public static verify(message: { [k: string]: any }): (string|null);
        public static fromObject(object: { [k: string]: any }): ingres.OutcomeRequest;
        public static toObject(message: ingres.OutcomeRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
        public toJSON(): { [k: string]: any };
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    interface IOutcomeReply {
        globalId?: (string|null);
        decision?: (ingres.Decision|null);
    }

    class OutcomeReply implements IOutcomeReply {
        constructor(properties?: ingres.IOutcomeReply);
        public globalId: string;
        public decision: ingres.Decision;
        public static create(properties?: ingres.IOutcomeReply): ingres.OutcomeReply;
        public static encode(message: ingres.IOutcomeReply, writer?: $protobuf.Writer): $protobuf.Writer;
        public static encodeDelimited(message: ingres.IOutcomeReply, writer?: $protobuf.Writer): $protobuf.Writer;
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ingres.OutcomeReply;
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ingres.OutcomeReply;
        public static verify(message: { [k: string]: any }): (string|null);
        public static fromObject(object: { [k: string]: any }): ingres.OutcomeReply;
        public static toObject(message: ingres.OutcomeReply, options?: $protobuf.IConversionOptions): { [k: string]: any };
        public toJSON(): { [k: string]: any };
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    interface ITrReq {
        database?: (string|null);
        globalId?: (string|null);
        userHost?: (string|null);
        targetHost?: (string|null);
        upSys?: (ingres.IUpSys|null);
        appliedBy?: (string[]|null);
    }

    class TrReq implements ITrReq {
        constructor(properties?: ingres.ITrReq);
        public database: string;
        public globalId: string;
        public userHost: string;
        public targetHost: string;
        public upSys?: (ingres.IUpSys|null);
        public appliedBy: string[];
        public static create(properties?: ingres.ITrReq): ingres.TrReq;
        public static encode(message: ingres.ITrReq, writer?: $protobuf.Writer): $protobuf.Writer;
        public static encodeDelimited(message: ingres.ITrReq, writer?: $protobuf.Writer): $protobuf.Writer;
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ingres.TrReq;
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ingres.TrReq;
        public static verify(message: { [k: string]: any }): (string|null);
        public static fromObject(object: { [k: string]: any }): ingres.TrReq;
        public static toObject(message: ingres.TrReq, options?: $protobuf.IConversionOptions): { [k: string]: any };
        public toJSON(): { [k: string]: any };
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    interface IProcQry {
        globalId?: (string|null);
        upSys?: (ingres.IUpSys|null);
    }

    class ProcQry implements IProcQry {
        constructor(properties?: ingres.IProcQry);
        public globalId: string;
        public upSys?: (ingres.IUpSys|null);
        public static create(properties?: ingres.IProcQry): ingres.ProcQry;
        public static encode(message: ingres.IProcQry, writer?: $protobuf.Writer): $protobuf.Writer;
        public static encodeDelimited(message: ingres.IProcQry, writer?: $protobuf.Writer): $protobuf.Writer;
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ingres.ProcQry;
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ingres.ProcQry;
        public static verify(message: { [k: string]: any }): (string|null);
        public static fromObject(object: { [k: string]: any }): ingres.ProcQry;
        public static toObject(message: ingres.ProcQry, options?: $protobuf.IConversionOptions): { [k: string]: any };
        public toJSON(): { [k: string]: any };
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    interface IProcResp {
        globalId?: (string|null);
        canProc?: (boolean|null);
        errorCode?: (number|null);
        errorMessage?: (string|null);
    }

    class ProcResp implements IProcResp {
        constructor(properties?: ingres.IProcResp);
        public globalId: string;
        public canProc: boolean;
        public errorCode: number;
        public errorMessage: string;
        public static create(properties?: ingres.IProcResp): ingres.ProcResp;
        public static encode(message: ingres.IProcResp, writer?: $protobuf.Writer): $protobuf.Writer;
        public static encodeDelimited(message: ingres.IProcResp, writer?: $protobuf.Writer): $protobuf.Writer;
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ingres.ProcResp;
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ingres.ProcResp;
        public static verify(message: { [k: string]: any }): (string|null);
        public static fromObject(object: { [k: string]: any }): ingres.ProcResp;
        public static toObject(message: ingres.ProcResp, options?: $protobuf.IConversionOptions): { [k: string]: any };
        public toJSON(): { [k: string]: any };
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    interface IComAbtProc {
        globalId?: (string|null);
        decision?: (ingres.Decision|null);
    }

    class ComAbtProc implements IComAbtProc {
        constructor(properties?: ingres.IComAbtProc);
        public globalId: string;
        public decision: ingres.Decision;
        public static create(properties?: ingres.IComAbtProc): ingres.ComAbtProc;
        public static encode(message: ingres.IComAbtProc, writer?: $protobuf.Writer): $protobuf.Writer;
        public static encodeDelimited(message: ingres.IComAbtProc, writer?: $protobuf.Writer): $protobuf.Writer;
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ingres.ComAbtProc;
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ingres.ComAbtProc;
        public static verify(message: { [k: string]: any }): (string|null);
        public static fromObject(object: { [k: string]: any }): ingres.ComAbtProc;
        public static toObject(message: ingres.ComAbtProc, options?: $protobuf.IConversionOptions): { [k: string]: any };
        public toJSON(): { [k: string]: any };
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }
}
