from common import *  # part es: written blind

# ---------------------------------------------------------------- solicitudes

add("es-01-acceso-corto", "Itziar Goikoetxea Larrañaga <itziar.goiko@correo.example>",
    "Solicitud de acceso",
    """Buenos días:

Solicito una copia de todos los datos personales que tienen sobre mí, incluido el historial de compras de la tarjeta Acme Plus.

Un saludo,
Itziar Goikoetxea Larrañaga
""",
    R(["Access"], "itziar.goiko@correo.example", "Itziar", "Goikoetxea Larrañaga"))

add("es-02-borrar-sin-tildes", "jonathan.pv93@correo-libre.example",
    "borrar datos",
    """hola quiero q borren mi cuenta y la tarjeta de puntos y todos mis datos ya no compro en acme gracias
jonathan perez villalobos
""",
    R(["Erasure"], "jonathan.pv93@correo-libre.example", "Jonathan", "Perez Villalobos"))

add("es-03-carta-15-21", "María Inmaculada Ruiz de Alarcón <mi.ruizdealarcon@correo.example>",
    "Ejercicio de derechos de acceso y oposición",
    """Muy señores míos:

Por medio del presente escrito, y al amparo de los artículos 15 y 21 del Reglamento (UE) 2016/679 y de la Ley Orgánica 3/2018, ejerzo:

1. El derecho de acceso a mis datos personales tratados por su entidad, tanto en el programa de fidelización como en la correduría de seguros de hogar.
2. El derecho de oposición al tratamiento de mis datos con fines de mercadotecnia directa, incluida la elaboración de perfiles.

Ruego me contesten en el plazo de un mes.

Atentamente,
María Inmaculada Ruiz de Alarcón
C/ Almirante Cervera 21, 3.º B
46011 Valencia
""",
    R(["Access", "Opposition"], "mi.ruizdealarcon@correo.example", "María Inmaculada", "Ruiz de Alarcón"))

add("es-04-mayusculas-llamadas", "Ramón Etxeberria Otxoa <ramon.etxeberria@telemail.example>",
    "BASTA DE LLAMADAS",
    """DEJEN DE LLAMARME PARA OFRECERME EL SEGURO DE HOGAR. ME LLAMAN A LA HORA DE COMER TODOS LOS DIAS. NO QUIERO NINGUNA PUBLICIDAD.

RAMON ETXEBERRIA
""",
    R(["Opposition"], "ramon.etxeberria@telemail.example", "Ramón", "Etxeberria Otxoa"))

add("es-05-decision-automatizada", "Lucía Fernández-Cuesta Albà <lucia.fcuesta@correo.example>",
    "Rechazo automático de mi póliza",
    """Hola:

He solicitado un seguro de hogar por la web y al instante me ha salido «Solicitud no aceptada tras la evaluación de riesgo». Nadie ha revisado mi caso. Quiero que una persona revise esta decisión, como me permite el artículo 22 del RGPD.

Gracias,
Lucía Fernández-Cuesta
""",
    R(["AutomatedDecision"], "lucia.fcuesta@correo.example", "Lucía", "Fernández-Cuesta Albà"))

add("es-06-asnef-informacion", "Guillermo Santamaría Ortiz <g.santamaria@correo-libre.example>",
    "¿Consultan ficheros de morosos?",
    """Buenas tardes,

Al contratar el seguro de hogar me dijeron que «iban a comprobar mi solvencia». ¿Qué ficheros consultan (ASNEF, Experian...)? ¿Qué datos guardan del resultado y durante cuánto tiempo? ¿Se comunican a la aseguradora?

Un saludo,
Guillermo Santamaría
""",
    R(["Information"], "g.santamaria@correo-libre.example", "Guillermo", "Santamaría Ortiz"))

add("es-07-madre-hijo", "Rocío Medina Castaño <rocio.medina@correo.example>",
    "Cuenta de mi hijo menor",
    """Hola,

Mi hijo Hugo Sánchez Medina, de 13 años, se ha registrado en la app Acme Plus con su móvil. No tiene edad para consentir y yo no lo he autorizado. Como madre, les pido que eliminen su cuenta y todos sus datos.

Rocío Medina Castaño
""",
    R(["Erasure"], "rocio.medina@correo.example", "Hugo", "Sánchez Medina",
      representative="Rocío Medina Castaño"))

add("es-08-heredera-padre", "Montserrat Puigdomènech Vall <montse.puigdomenech@correu.example>",
    "Datos de mi padre fallecido",
    """Buenos días,

Mi padre, Jordi Puigdomènech i Roca, falleció el pasado 25 de octubre. Como heredera, y de acuerdo con el artículo 3 de la LOPDGDD, solicito acceso a los datos que tengan de él, en especial la póliza del seguro de hogar y los siniestros abiertos, para poder gestionar la herencia.

Adjunto certificado de defunción y libro de familia.

Montserrat Puigdomènech
""",
    R(["Access"], "montse.puigdomenech@correu.example", "Jordi", "Puigdomènech i Roca",
      representative="Montserrat Puigdomènech Vall"))

add("es-09-rectificacion-latin1", "Begoña Ibáñez Zúñiga <begona.ibanez@telemail.example>",
    "Rectificación de apellidos",
    """Buenos días:

En mi póliza y en la tarjeta de fidelización aparece mi nombre como "Begona Ibanez Zuniga". Les ruego que lo corrijan: Begoña Ibáñez Zúñiga, con eñes y tildes.

Muchas gracias.
Begoña Ibáñez Zúñiga
""",
    R(["Rectification"], "begona.ibanez@telemail.example", "Begoña", "Ibáñez Zúñiga"),
    ct=LATIN1, encode="latin-1")

add("es-10-limitacion-peritaje", "Álvaro Quiroga Benítez <alvaro.quiroga@correo.example>",
    "Limitación del tratamiento",
    """Hola,

He impugnado el informe del perito sobre mi siniestro por humedades porque dice que la vivienda no tiene mantenimiento, lo cual es falso. Mientras se resuelve la reclamación, pido que limiten el tratamiento de ese informe y no lo usen para la renovación de mi póliza.

Álvaro Quiroga Benítez
""",
    R(["Restriction"], "alvaro.quiroga@correo.example", "Álvaro", "Quiroga Benítez"))

add("es-11-portabilidad-html", "Nerea Olabarrieta <nerea.olabarrieta@correo-libre.example>",
    "Portabilidad de mis compras",
    html("Hola:",
         "Quiero ejercer mi <b>derecho a la portabilidad</b>: envíenme el historial de compras de mi tarjeta Acme Plus en un formato electrónico (CSV o similar).",
         "Gracias,<br>Nerea Olabarrieta"),
    R(["Portability"], "nerea.olabarrieta@correo-libre.example", "Nerea", "Olabarrieta"),
    ct=HTML)

add("es-12-reenvio-companero", "Sergio Blanco <sergio.blanco@acme-corp.example>",
    "RV: darme de baja",
    """Hola equipo de privacidad, os reenvío lo que ha llegado al buzón de la tienda de Getafe. Saludos, Sergio (atención al cliente)

---------- Mensaje reenviado ----------
De: Encarnación Villaverde Soto <encarna.villaverde@telemail.example>
Fecha: 14 nov 2026 9:31
Asunto: darme de baja
Para: tienda.getafe@acme-corp.example

Buenos días, quiero darme de baja de la tarjeta de puntos y que borren todos mis datos. Encarnación Villaverde Soto
""",
    R(["Erasure"], "encarna.villaverde@telemail.example", "Encarnación", "Villaverde Soto"))

add("es-13-factura-recibo", "Federico Almansa Ríos <federico.almansa@correo.example>",
    "recibo duplicado",
    """Me han cobrado dos veces el recibo del seguro de hogar de noviembre. ¿Me pueden devolver uno? Póliza HG-7730912. Federico Almansa
""",
    R(["Unknown"], "federico.almansa@correo.example", "Federico", "Almansa Ríos"))

add("es-14-familia-replyto", "Familia Moreno Arrieta <familia.morenoarrieta@correo.example>",
    "Mis datos",
    """Hola, soy Paula Moreno Arrieta. Escribo desde el correo de casa. Quiero saber qué datos tienen sobre mí y que corrijan mi teléfono, que ahora es el 622 000 111. Contéstenme a mi correo personal, por favor.
Paula
""",
    R(["Access", "Rectification"], "paula.moreno.a@correo-libre.example", "Paula", "Moreno Arrieta"),
    headers=["Reply-To: Paula Moreno Arrieta <paula.moreno.a@correo-libre.example>"])

add("es-15-larga-perito", "Esteban Garrido Lozano <esteban.garrido@telemail.example>",
    "Queja por la visita del perito",
    """Buenas tardes:

Les escribo muy enfadado. En septiembre tuve un incendio pequeño en la cocina, lo comuniqué enseguida y me mandaron a un perito. El señor llegó sin avisar, hizo fotos de todas las habitaciones, también de la habitación de mis hijos y de los papeles del banco que tenía en la mesa, y encima me preguntó cuánto ganaba.

Tres meses después sigo sin cobrar y me dicen que «el expediente está en revisión». Además me ha llegado publicidad de alarmas de una empresa que no conozco, justo después de la visita.

Exijo que borren las fotos del interior de mi casa que no tienen nada que ver con la cocina y que me digan si han dado mis datos a esa empresa de alarmas.

Esteban Garrido Lozano
""",
    R(["Erasure", "Information"], "esteban.garrido@telemail.example", "Esteban", "Garrido Lozano"))

# ---------------------------------------------------------------- tareas

add("es-16-tarea-encargado", "Carmen Lorenzo Vidal <carmen.lorenzo@acme-corp.example>",
    "Revisión contrato de encargado - call center",
    """Hola,

Vamos a externalizar la atención telefónica de siniestros a un call center en Marruecos (TeleAtlas). Necesitamos que reviséis el contrato de encargado del tratamiento y la transferencia internacional antes de firmar el 15 de diciembre.

Gracias,
Carmen Lorenzo
Operaciones Seguros
""",
    TASK("carmen.lorenzo@acme-corp.example", "Carmen", "Lorenzo Vidal"))

add("es-17-tarea-eipd", "Iñaki Aranburu <inaki.aranburu@acme-corp.example>",
    "EIPD reconocimiento de matrículas parking",
    """Buenas,
Queremos instalar lectura de matrículas en los parkings de 8 supermercados para controlar el tiempo máximo. ¿Hace falta una EIPD? ¿Podéis ayudarnos a prepararla?
Iñaki Aranburu - Mantenimiento y Seguridad
""",
    TASK("inaki.aranburu@acme-corp.example", "Iñaki", "Aranburu"))

# ---------------------------------------------------------------- incidentes

add("es-18-incidente-portatil", "Adrián Cuenca <adrian.cuenca@acme-corp.example>",
    "Robo de portátil",
    """Hola, esta mañana me han robado la mochila con el portátil del trabajo en una cafetería de Atocha. Llevaba también una carpeta con 15 partes de siniestro en papel (nombres, direcciones, DNI). He puesto denuncia. ¿Qué más tengo que hacer?
Adrián Cuenca, perito interno
""",
    INC("adrian.cuenca@acme-corp.example", "Adrián", "Cuenca"))

add("es-19-incidente-correo-ajeno", "Maite Urrutia Sáez <maite.urrutia@correo.example>",
    "Me han enviado datos de otra persona",
    """Hola,

He recibido un correo vuestro con el asunto «Su parte de siniestro» que no es mío: viene a nombre de otra persona, con su dirección, su DNI y fotos de su casa. No sé si alguien ha recibido el mío. Os aviso para que lo reviséis.

Maite Urrutia
""",
    INC("maite.urrutia@correo.example", "Maite", "Urrutia Sáez"))

add("es-20-incidente-lista-proveedor", "Noelia Prieto <noelia.prieto@acme-corp.example>",
    "Envié un Excel de clientes al proveedor equivocado",
    """Hola,

Ayer envié por error al proveedor de cartelería el Excel con los ganadores del sorteo de Navidad de la tarjeta (unos 500 clientes: nombre, teléfono, email y tienda). Era para la agencia de eventos. Les he pedido que lo borren pero aún no han contestado.

Noelia Prieto
Marketing
""",
    INC("noelia.prieto@acme-corp.example", "Noelia", "Prieto"))

# ---------------------------------------------------------------- seguimientos

add("es-21-seguimiento-dsr", "Xabier Lasa Mendizábal <xabier.lasa@telemail.example>",
    "RE: [DSR-47752] Hemos recibido su solicitud",
    """Hola, ha pasado más de un mes y no tengo respuesta. Si no contestan esta semana presentaré una reclamación ante la AEPD.
Xabier Lasa
""",
    FU("47752", "xabier.lasa@telemail.example", "Xabier", "Lasa Mendizábal"))

add("es-22-seguimiento-irt", "Lucía Fernández-Cuesta Albà <lucia.fcuesta@correo.example>",
    "RE: Rechazo automático de mi póliza",
    """Adjunto la nota simple del Registro y el certificado de eficiencia energética por si sirven para la revisión manual.

Lucía
""",
    FU(ref("es-05-decision-automatizada"), "lucia.fcuesta@correo.example", "Lucía", "Fernández-Cuesta Albà"),
    headers=irt("es-05-decision-automatizada"))

# ---------------------------------------------------------------- ignorar

add("es-23-spam-loteria", "Loteria Internacional <premios@loteria-mundial.example>",
    "¡Enhorabuena! Ha ganado 950.000 EUR",
    """Estimado ganador:

Su dirección de correo ha sido seleccionada en nuestro sorteo internacional. Para cobrar el premio envíe su nombre completo, DNI y número de cuenta al agente D. Francisco Mbeki. Por su seguridad, sus datos serán eliminados tras el pago.
""",
    IGN("spam", "premios@loteria-mundial.example"),
    headers=SPAM_HDR)

add("es-24-respuesta-automatica", "Correduría Levante <info@correduria-levante.example>",
    "Respuesta automática: Fuera de la oficina",
    """Gracias por su mensaje. La oficina permanecerá cerrada hasta el lunes 23 de noviembre. Atenderemos su consulta a la mayor brevedad.
""",
    IGN("auto_reply", "info@correduria-levante.example"),
    headers=["Auto-Submitted: auto-replied"])

add("es-25-boletin", "Boletín Protección de Datos <boletin@actualidad-rgpd.example>",
    "Boletín semanal: sanciones de la AEPD en noviembre",
    """Actualidad RGPD - Boletín nº 188

- La AEPD sanciona a una cadena de supermercados por videovigilancia
- Guía sobre programas de fidelización
- Curso online de DPO

Para darse de baja: https://actualidad-rgpd.example/baja
""",
    IGN("bulk", "boletin@actualidad-rgpd.example"),
    headers=["List-Id: Boletin <boletin.actualidad-rgpd.example>",
             "List-Unsubscribe: <https://actualidad-rgpd.example/baja>",
             "Precedence: bulk"])
